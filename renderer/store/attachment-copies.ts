// Reading a case's file for preview or saving: through the store (which logs views of confidential cases) and the host.
import type { Attachment } from '../../shared/model';
import type { Viewer } from '../../shared/policy';
import type { Host } from '../host/desktop-host';
import { readAttachment } from './attachments';
import type { ComplaintsDatabase } from './db';
import { saveFileRequest } from '../../shared/ipc-contract';

/** The file's own type when the save bridge accepts it (the contract's rule), else a plain binary type. */
function saveMimeType(mimeType: string): string {
  return saveFileRequest.shape.mimeType.safeParse(mimeType).success ? mimeType : 'application/octet-stream';
}

export type FileRead = { ok: true; blob: Blob } | { ok: false; message: string };

export async function readFile(db: ComplaintsDatabase, caseId: string, attachment: Attachment, viewer: Viewer): Promise<FileRead> {
  try {
    const content = await readAttachment(db, caseId, attachment.id, viewer, new Date().toISOString());
    return content.ok ? { ok: true, blob: content.blob } : { ok: false, message: content.missing.join(' ') };
  } catch (error) {
    return { ok: false, message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Saves a copy where staff choose (desktop) or as a download (browser); returns what to tell them. */
export async function saveCopy(db: ComplaintsDatabase, host: Host, caseId: string, attachment: Attachment, viewer: Viewer): Promise<string> {
  const read = await readFile(db, caseId, attachment, viewer);
  if (!read.ok) return read.message;
  try {
    const bytes = new Uint8Array(await read.blob.arrayBuffer());
    const result = await host.saveFile({ suggestedName: attachment.name, mimeType: saveMimeType(attachment.mimeType), bytes });
    if ('savedTo' in result) return `Saved a copy of ${attachment.name} to ${result.savedTo}`;
    if ('downloaded' in result) return `A copy of ${attachment.name} was handed to the browser's downloads`;
    return 'Not saved: the save was cancelled';
  } catch (error) {
    return `The copy was not saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}
