// Small synthetic attachments: emails and letters as text, photos as a tiny PNG, each with its SHA-256.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Random } from './random';

export interface SyntheticFile {
  id: string;
  name: string;
  type: string;
  bytes: Uint8Array;
  sha256: string;
}

// A valid 1x1 PNG; photos repeat it with a comment chunk so each file's bytes differ.
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
);

export function syntheticFile(r: Random, customerName: string): SyntheticFile {
  const kind = r.weighted({ email: 5, letter: 3, photo: 2 });
  const id = r.uuid();
  let name: string;
  let type: string;
  let bytes: Uint8Array;
  if (kind === 'photo') {
    name = `meter-photo-${r.int(1000, 9999)}.png`;
    type = 'image/png';
    bytes = new Uint8Array([...PNG_1X1, ...new TextEncoder().encode(`photo ${id}`)]);
  } else {
    const body = kind === 'email'
      ? `From: ${customerName}\nSubject: My complaint\n\nPlease see the attached bill. I have been charged twice and want a refund.\nRef ${id}\n`
      : `Dear Sir or Madam,\n\nI write to complain about my energy contract renewal.\n\nYours faithfully,\n${customerName}\n${id}\n`;
    name = kind === 'email' ? `email-from-customer-${r.int(100, 999)}.eml` : `customer-letter-${r.int(100, 999)}.txt`;
    type = kind === 'email' ? 'message/rfc822' : 'text/plain';
    bytes = new TextEncoder().encode(body.repeat(r.int(2, 12)));
  }
  return { id, name, type, bytes, sha256: bytesToHex(sha256(bytes)) };
}
