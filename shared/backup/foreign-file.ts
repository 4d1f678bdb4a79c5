// Names what a file that is not a backup seems to be, so the message says more than "not a backup".

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');

/** "a PNG image", "a Dexie database export", … or null when the first bytes say nothing useful. */
export function foreignFileKind(firstBytes: Uint8Array): string | null {
  if (firstBytes.length === 0) return 'an empty file';
  if (startsWith(firstBytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(firstBytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(firstBytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (startsWith(firstBytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive (a case pack, perhaps)';
  const text = ascii(firstBytes).trimStart();
  if (/"formatName"\s*:\s*"dexie"/.test(text)) return 'a database export made by another program (a Dexie export), not a Complaints Desk backup';
  if (/"format"\s*:\s*"complaints-desk-seed"/.test(text)) return 'a Complaints Desk seed file (test data), not a backup';
  if (text.startsWith('{') || text.startsWith('[')) return 'a JSON file';
  return null;
}
