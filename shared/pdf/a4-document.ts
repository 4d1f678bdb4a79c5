// A printable A4 document (letters, the case pack summary, reports) as a plain description, and the call that
// renders it to PDF. The renderer itself (a4-pdf.ts: pdf-lib and fontkit, 1.1 MB of minified script) is
// loaded the first time a document is made, or when a screen that makes one opens, not when the app starts.
import { documentFontFiles } from './document-fonts';

export interface A4Document {
  /** The letterhead on the first page; later pages carry the company name and title in a running header. */
  header: { companyName: string; lines: readonly string[] };
  /** Names the PDF; shown under the letterhead unless showTitle is false (a letter places its subject itself). */
  title: string;
  showTitle?: boolean;
  /** A short line at the foot of every page, beside "Page 1 of 3". */
  footer?: string;
  info?: { author?: string; subject?: string; keywords?: readonly string[]; createdAt?: Date };
  blocks: readonly DocumentBlock[];
}

export type DocumentBlock =
  | { type: 'heading'; text: string; level?: 1 | 2 }
  /** "\n" in the text starts a new line (addresses, sign-offs). */
  | { type: 'paragraph'; text: string; style?: 'body' | 'bold' | 'italic' | 'small'; align?: 'left' | 'right' }
  | { type: 'keyValue'; rows: readonly { key: string; value: string }[] }
  | { type: 'bullets'; items: readonly string[]; numbered?: boolean }
  | { type: 'table'; columns: readonly TableColumn[]; rows: readonly (readonly string[])[] }
  | { type: 'spacer'; height?: number }
  | { type: 'pageBreak' };

export interface TableColumn {
  title: string;
  /** Share of the table's width, relative to the other columns (default 1). */
  width?: number;
  align?: 'left' | 'right';
}

/**
 * Renders the document to PDF bytes. Runs the same in the browser and in Node; the same input gives the same bytes.
 * Throws UnprintableCharacterError, naming the character, if any text has a character the font cannot show.
 */
export async function renderA4Document(document: A4Document): Promise<Uint8Array> {
  const { writeA4Pdf } = await import('./a4-pdf');
  return writeA4Pdf(document);
}

/**
 * Starts loading the PDF renderer and the font in the background, for a screen or dialog about to make a document
 * (a letter, a case pack, a report, a subject access file), so that making it waits for neither. A failure here is
 * ignored: making the document loads them again and reports it.
 */
export function prepareA4Documents(): void {
  import('./a4-pdf').catch(() => undefined);
  documentFontFiles().catch(() => undefined);
}

// Outside a browser (the tests, the command-line scripts) no start-up is kept short: the renderer is loaded with
// this module, as a static import would, so that making the first document costs no more than the others.
if (!('window' in globalThis)) await import('./a4-pdf');
