// Handing a letter to staff: its PDF saved through the host (save dialog or download), its email text to the clipboard.
import { letterFileName, letterLabels, letterPdf, letterText, type Letter } from '../../../shared/letters';
import type { Host } from '../../host/desktop-host';

export function fileNameOf(letter: Letter): string {
  return letterFileName(letter, letterLabels[letter.kind]);
}

/** Saves the letter's PDF; returns what to tell staff. */
export async function saveLetterPdf(host: Host, letter: Letter): Promise<{ ok: boolean; message: string }> {
  const name = fileNameOf(letter);
  try {
    const result = await host.saveFile({ suggestedName: name, mimeType: 'application/pdf', bytes: (await letterPdf(letter)) as Uint8Array<ArrayBuffer> });
    if ('savedTo' in result) return { ok: true, message: `Saved ${name} to ${result.savedTo}: open it to print` };
    if ('downloaded' in result) return { ok: true, message: `${name} was handed to the browser's downloads: open it to print` };
    return { ok: false, message: 'Not saved: the save was cancelled' };
  } catch (error) {
    return { ok: false, message: `The PDF was not saved: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Puts the email text (subject line first) on the clipboard; returns what to tell staff. */
export async function copyLetterText(letter: Letter, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<{ ok: boolean; message: string }> {
  if (!clipboard) return { ok: false, message: 'This window cannot use the clipboard: select the letter text and copy it instead' };
  try {
    await clipboard.writeText(`Subject: ${letter.subject}\n\n${letterText(letter)}`);
    return { ok: true, message: 'The email text was copied: paste it into the email to the customer' };
  } catch (error) {
    return { ok: false, message: `The email text was not copied: ${error instanceof Error ? error.message : String(error)}` };
  }
}
