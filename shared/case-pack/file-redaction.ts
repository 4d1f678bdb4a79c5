// What a redacted export (the case pack, subject access) does with each stored file of a complaint about staff:
// ship it, ship a letter the app wrote set anew with the employee's name replaced, or leave it out and say why.
// A file's bytes are shipped only when its text could be read and names nobody protected: a scan, a compressed PDF
// or an Office file could name the employee where no byte search finds it, so it is withheld, never sent unread.
import type { Attachment } from '../model';
import { renderA4Document } from '../pdf/a4-document';
import { fileNamesStaff, WITHHELD_FILE, type PackRedaction } from './pack-redaction';

export const WITHHELD_UNREADABLE = "Withheld: its text cannot be checked for the employee's name, whose identity this export leaves out";

export interface ExportedFile {
  attachment: Attachment;
  read(): AsyncIterable<Uint8Array>;
}

export type FileVerdict =
  | { ship: 'as-stored' }
  /** A letter the app wrote, named the employee: these bytes carry its words with the name replaced. */
  | { ship: 'set-anew'; bytes: Uint8Array }
  | { ship: 'withheld'; why: string };

/** Types whose bytes are their text: a byte search of them is a search of everything a reader sees. */
function readsAsText(mimeType: string): boolean {
  const type = mimeType.toLowerCase().split(';')[0]?.trim() ?? '';
  return type.startsWith('text/') || ['message/rfc822', 'application/json', 'application/xml', 'application/csv'].includes(type);
}

/** A letter's words as a plain A4 document under the company's letterhead. */
function letterSetAnew(words: string, title: string, company: { name: string; lines: readonly string[] }): Promise<Uint8Array> {
  return renderA4Document({
    header: { companyName: company.name, lines: company.lines },
    title,
    footer: `A copy of the letter sent, with the employee's name replaced by "the employee"`,
    blocks: words.split(/\n{2,}/).map((text) => ({ type: 'paragraph' as const, text })),
  });
}

export async function fileVerdict(file: ExportedFile, redaction: PackRedaction, company: { name: string; lines: readonly string[] }): Promise<FileVerdict> {
  if (!redaction.plan.redactStaffIdentity) return { ship: 'as-stored' };
  const a = file.attachment;
  if (a.letterText !== undefined) {
    if (!redaction.namesStaff(a.letterText)) return { ship: 'as-stored' };
    return { ship: 'set-anew', bytes: await letterSetAnew(redaction.text(a.letterText), redaction.text(a.name), company) };
  }
  if (!readsAsText(a.mimeType)) return { ship: 'withheld', why: WITHHELD_UNREADABLE };
  return (await fileNamesStaff(file.read(), redaction)) ? { ship: 'withheld', why: WITHHELD_FILE } : { ship: 'as-stored' };
}
