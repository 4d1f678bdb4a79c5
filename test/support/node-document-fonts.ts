// Gives the shared PDF renderer its font in Node (unit tests, benchmarks, scripts): DejaVu Sans from the
// dejavu-fonts-ttf package, the same files the renderer's build ships as assets.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { provideDocumentFonts } from '../../shared/pdf/document-fonts';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

export function provideNodeDocumentFonts(): void {
  provideDocumentFonts(async () => {
    const [regular, bold, italic] = await Promise.all([fontFile('DejaVuSans.ttf'), fontFile('DejaVuSans-Bold.ttf'), fontFile('DejaVuSans-Oblique.ttf')]);
    return { regular, bold, italic };
  });
}
