// The Unicode font every PDF is set in (DejaVu Sans): the app provides its files once at start-up, since shared/
// cannot read files itself (a Vite asset in the renderer, the package's files in Node).

export interface DocumentFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export type DocumentFontSource = () => Promise<DocumentFontFiles>;

let source: DocumentFontSource | undefined;
let loading: Promise<DocumentFontFiles> | undefined;

/** Says where the font files come from; they are loaded on the first document made, and kept. */
export function provideDocumentFonts(next: DocumentFontSource): void {
  source = next;
  loading = undefined;
}

export function documentFontFiles(): Promise<DocumentFontFiles> {
  if (!source) return Promise.reject(new Error('No font has been provided for documents (provideDocumentFonts was not called)'));
  loading ??= source().catch((error: unknown) => {
    loading = undefined;
    throw new Error(`The font for documents could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  });
  return loading;
}
