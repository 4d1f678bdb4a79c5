// The inside of a backup chain segment, before it is sealed: frames of rows changed (and rows deleted) per table,
// and the bytes of files the chain does not hold yet, each named by its SHA-256.
//
// Frame: kind (u8) | length (u32, big-endian) | payload. Kinds: 1 the file list (JSON: the SHA-256 of each file
// the rows refer to, by number), 2 a file (32-byte SHA-256, then its bytes), 3 rows (JSON: { table, puts: [[key,
// row]], deletes: [key] }). In a row, bytes are { "$bytes": base64 } and a file is { "$file": n, "type": mime }:
// the n-th digest of the file list, whose bytes are in this segment or an earlier one of the chain.
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { fromBase64, toBase64 } from '../../../shared/sealed/web-crypto';

export const FRAME_FILE_LIST = 1;
export const FRAME_FILE = 2;
export const FRAME_ROWS = 3;

export interface RowsFrame {
  table: string;
  puts: [unknown, unknown][];
  deletes: unknown[];
}

export class SegmentRefusal extends Error {}

function frame(kind: number, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(5 + payload.length);
  out[0] = kind;
  new DataView(out.buffer).setUint32(1, payload.length);
  out.set(payload, 5);
  return out;
}

const encoder = new TextEncoder();
export const jsonFrame = (kind: number, value: unknown) => frame(kind, encoder.encode(JSON.stringify(value)));
export const fileFrame = (digest: string, bytes: Uint8Array) => {
  const payload = new Uint8Array(32 + bytes.length);
  payload.set(hexToBytes(digest));
  payload.set(bytes, 32);
  return frame(FRAME_FILE, payload);
};

/** A row as JSON, its files taken out into `files` (numbered in the order met) and its bytes as base64. */
export function encodeValue(value: unknown, files: Blob[]): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (value instanceof Blob) {
    files.push(value);
    return { $file: files.length - 1, type: value.type };
  }
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, files));
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new Error(`A row holds a ${(value as object).constructor.name}, which a backup segment cannot carry`);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeValue(v, files);
    return out;
  }
  return value;
}

/** The row back from JSON: `fileOf(n)` gives the n-th file of the segment's list. */
export function decodeValue(value: unknown, fileOf: (n: number, type: string) => Blob): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, fileOf));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === 'string') return fromBase64(record.$bytes);
    if (typeof record.$file === 'number') return fileOf(record.$file, typeof record.type === 'string' ? record.type : '');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = decodeValue(v, fileOf);
    return out;
  }
  return value;
}

export interface ReadSegment {
  /** The file list's digests, in order. */
  fileList: string[];
  /** Files whose bytes this segment carries: slices of the body, no copy. */
  files: Map<string, Blob>;
  rows: RowsFrame[];
}

/** Reads every frame of a decrypted segment body; a frame out of shape is refused with what is wrong. */
export async function readSegmentBody(body: Blob): Promise<ReadSegment> {
  const out: ReadSegment = { fileList: [], files: new Map(), rows: [] };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  while (offset < body.size) {
    if (offset + 5 > body.size) throw new SegmentRefusal('its contents end inside a frame');
    const head = new Uint8Array(await body.slice(offset, offset + 5).arrayBuffer());
    const kind = head[0];
    const length = new DataView(head.buffer).getUint32(1);
    const start = offset + 5;
    offset = start + length;
    if (offset > body.size) throw new SegmentRefusal('its contents end inside a frame');
    if (kind === FRAME_FILE) {
      if (length < 32) throw new SegmentRefusal('a file in it has no fingerprint');
      const digest = bytesToHex(new Uint8Array(await body.slice(start, start + 32).arrayBuffer()));
      out.files.set(digest, body.slice(start + 32, offset));
      continue;
    }
    const json = JSON.parse(decoder.decode(new Uint8Array(await body.slice(start, offset).arrayBuffer()))) as unknown;
    if (kind === FRAME_FILE_LIST) {
      if (!Array.isArray(json) || !json.every((d) => typeof d === 'string' && /^[0-9a-f]{64}$/.test(d))) throw new SegmentRefusal('its list of files is not valid');
      out.fileList = json as string[];
    } else if (kind === FRAME_ROWS) {
      const rows = json as Partial<RowsFrame>;
      if (typeof rows.table !== 'string' || !Array.isArray(rows.puts) || !Array.isArray(rows.deletes)) throw new SegmentRefusal('a group of rows in it is not valid');
      out.rows.push(rows as RowsFrame);
    } else throw new SegmentRefusal(`it holds a part of an unknown kind (${String(kind)})`);
  }
  return out;
}
