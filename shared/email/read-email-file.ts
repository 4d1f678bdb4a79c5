// Reads a dropped or opened email file (.eml or .msg) and checks every part fits the desk's file size limit.
import { readEml } from './read-eml';
import { readMsg } from './read-msg';
import { isCompoundFile, type EmailReading } from './received-email';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The email, or why it cannot be used. `maxPartBytes` is the store's limit for one attached file: the email file
 * itself and each file inside it are kept as supporting documents, so each must fit, and the message names the one that does not.
 */
export async function readEmailFile(name: string, bytes: Uint8Array, maxPartBytes: number): Promise<EmailReading> {
  if (bytes.byteLength === 0) return { ok: false, problem: `"${name}" is empty: choose the file again` };
  const read = /\.msg$/i.test(name) || isCompoundFile(bytes) ? readMsg(name, bytes) : await readEml(name, bytes);
  if (!read.ok) return read;
  const tooBig = read.email.attachments.filter((a) => a.bytes.byteLength > maxPartBytes);
  if (tooBig.length > 0) {
    const parts = tooBig.map((a) => `"${a.name}" is ${megabytes(a.bytes.byteLength)}`).join(', ');
    return { ok: false, problem: `This email cannot be taken in: in "${name}", ${parts}; files up to ${megabytes(maxPartBytes)} can be attached. Nothing was changed: ask the customer for a smaller copy.` };
  }
  if (bytes.byteLength > maxPartBytes) {
    return { ok: false, problem: `This email cannot be taken in: the email file "${name}" itself is ${megabytes(bytes.byteLength)}; files up to ${megabytes(maxPartBytes)} can be attached. Nothing was changed.` };
  }
  return read;
}
