/// <reference types="vite/client" />
// Gives the shared PDF renderer its font in the app: DejaVu Sans, shipped as Vite assets and fetched the first time
// a letter, case pack or subject-access file is made (served from the app's own origin, so the CSP allows it).
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italic from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { provideDocumentFonts } from '../../shared/pdf/document-fonts';

async function fontFile(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function provideAppDocumentFonts(): void {
  provideDocumentFonts(async () => {
    const [regularFile, boldFile, italicFile] = await Promise.all([fontFile(regular), fontFile(bold), fontFile(italic)]);
    return { regular: regularFile, bold: boldFile, italic: italicFile };
  });
}
