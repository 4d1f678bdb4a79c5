// Saves a file the renderer produced (a case pack, a letter, an export) where the member of staff chooses.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import { StaffFacingError } from './staff-facing-error';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileDeps {
  /** Shows the save dialog with this file name proposed; undefined when it is cancelled. */
  askWhereToSave(fileName: string, filters: FileFilter[]): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
}

/** UTF-8 bytes, well under the 255 most file systems allow, leaving room for the dialog's own additions. */
export const maxFileNameBytes = 180;
const fallbackBaseName = 'Complaints Desk file';

const windowsReservedName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function truncateToBytes(text: string, maxBytes: number): string {
  const characters = Array.from(text);
  while (characters.length > 0 && utf8Length(characters.join('')) > maxBytes) characters.pop();
  return characters.join('');
}

/**
 * A file name that is safe on Windows, macOS and Linux: no folders (so "../x" cannot point the dialog elsewhere),
 * no characters Windows forbids, no control characters, no leading dots (hidden files), no trailing dots or spaces,
 * no device names such as CON, and short enough, keeping its extension when it has to be shortened.
 */
export function safeFileName(suggested: string): string {
  const cleaned = suggested
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[<>:"/\\|?*]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const extension = dot >= 0 && /^\.[\p{L}\p{N}]{1,10}$/u.test(cleaned.slice(dot)) ? cleaned.slice(dot) : '';
  const tidy = (text: string) => text.replace(/^[.\s-]+/u, '').replace(/[.\s]+$/u, '');
  let base = tidy(extension ? cleaned.slice(0, dot) : cleaned);
  base = tidy(truncateToBytes(base || fallbackBaseName, maxFileNameBytes - utf8Length(extension))) || fallbackBaseName;
  const name = `${base}${extension}`;
  return windowsReservedName.test(name) ? `_${name}` : name;
}

const filtersByMimeType: Record<string, FileFilter> = {
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'application/zip': { name: 'ZIP archive', extensions: ['zip'] },
  'text/csv': { name: 'CSV spreadsheet', extensions: ['csv'] },
  'application/json': { name: 'JSON file', extensions: ['json'] },
  'text/plain': { name: 'Text file', extensions: ['txt'] },
};

/** The save dialog's file types: the one the file is, then "All files". */
export function fileFiltersFor(mimeType: string, fileName: string): FileFilter[] {
  const allFiles: FileFilter = { name: 'All files', extensions: ['*'] };
  const known = filtersByMimeType[mimeType.toLowerCase().split(';')[0]?.trim() ?? ''];
  if (known) return [known, allFiles];
  const extension = path.extname(fileName).slice(1);
  return extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, allFiles] : [allFiles];
}

/** What went wrong, said so that staff know what to do next; nothing else was changed. */
export function saveFailureMessage(error: unknown, fileName: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space on the disk to save “${fileName}”. Free some space or choose another place; nothing was changed.`;
    case 'EACCES':
    case 'EPERM':
      return `Complaints Desk is not allowed to save “${fileName}” there. Choose another folder, such as Documents.`;
    case 'EROFS':
      return `That place is read-only, so “${fileName}” could not be saved there. Choose another folder.`;
    case 'EBUSY':
      return `“${fileName}” is open in another program. Close it there and save again, or save under another name.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder chosen for “${fileName}” no longer exists. Choose another folder.`;
    case 'ENAMETOOLONG':
      return `The path for “${fileName}” is too long. Choose a folder nearer the top of the drive or a shorter name.`;
    default:
      return `“${fileName}” could not be saved${code ? ` (${code})` : ''}. Try again, or choose another place.`;
  }
}

/**
 * Asks where to save, then writes the bytes next to the target under a temporary name and renames it into place:
 * if the disk fills or the write fails, a file already there is left as it was and no partial file remains.
 */
export async function saveFile(request: SaveFileRequest, deps: SaveFileDeps): Promise<SaveFileResult> {
  const fileName = safeFileName(request.suggestedName);
  const target = await deps.askWhereToSave(fileName, fileFiltersFor(request.mimeType, fileName));
  if (!target) return { cancelled: true };
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.part`);
  try {
    await deps.writeFile(temporary, request.bytes);
    await deps.rename(temporary, target);
  } catch (error) {
    await deps.remove(temporary).catch(() => undefined);
    throw new StaffFacingError(saveFailureMessage(error, path.basename(target)));
  }
  return { savedTo: target };
}
