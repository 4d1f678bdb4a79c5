// The backup file: a checksummed header, then the database export in parts, each sealed on its own.
//
// Layout: MAGIC (12 bytes) | header length (u32, big-endian) | header JSON (UTF-8) | SHA-256 of all before it (32)
// then parts: length (u32) | flags (u8: 1 = the last part) | payload. A payload is AES-256-GCM of the part (nonce =
// the header's 8-byte prefix and the part number; the tag covers the header's hash, the part number and the flags,
// so parts cannot be reordered, dropped or moved to another file). Every backup is sealed: an unkeyed checksum proves
// nothing (anyone can recompute it after making themselves a complaints manager), so a file whose header says it is
// not encrypted is refused. A file must end with exactly one last part: a copy cut short, a changed byte anywhere or
// bytes added at the end are all found before anything is restored.
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type BackupCipher, type SealingKey, webCryptoCipher } from './backup-cipher';
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  CHAIN_SEGMENT_FORMAT_VERSION,
  FULL_BACKUP_FORMAT_VERSION,
  type BackupChain,
  MAX_HEADER_BYTES,
  MIN_PBKDF2_ITERATIONS,
  backupHeader,
  type BackupKeySource,
  backupHeaderVersion,
  describeHeaderProblems,
  type BackupContents,
  type BackupHeader,
} from './backup-header';
import { foreignFileKind } from './foreign-file';

/** Bytes read at an offset: a Blob or a File in the renderer, a file handle in Node. */
export interface ByteSource {
  /** The file's name where there is one: a message about the file can then name it. */
  readonly name?: string;
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export const PART_BYTES = 4 * 1024 * 1024;
const MAX_PART_PAYLOAD = 64 * 1024 * 1024;
const LAST_PART = 1;
const TAG_BYTES = 16;
/** The SHA-256 after the header. */
const CHECKSUM_BYTES = 32;
const KEY_CHECK_AAD = utf8ToBytes('complaints-desk passphrase check');
const NOTHING_CHANGED = 'Nothing was changed.';

export type BackupProblemKind = 'not-a-backup' | 'damaged' | 'truncated' | 'newer' | 'unsealed' | 'needs-passphrase' | 'wrong-passphrase';
export type BackupProblem = { ok: false; kind: BackupProblemKind; message: string };

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}
const readU32 = (bytes: Uint8Array, at = 0) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);

function nonce(prefix: Uint8Array, part: number): Uint8Array {
  return concatBytes(prefix, u32(part));
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const problem = (kind: BackupProblemKind, message: string): BackupProblem => ({ ok: false, kind, message });

export interface SealOptions {
  /** The passphrase, or the desk backup key (as text) when keySource is 'desk-key'. */
  passphrase: string;
  keySource?: BackupKeySource;
  cipher?: BackupCipher;
  partBytes?: number;
  iterations?: number;
  /** The key's salt: every segment of a chain shares its base's, so a restore derives the key once (cachingCipher). */
  salt?: Uint8Array;
}

export interface BackupDescription {
  schemaVersion: number;
  createdAt: string;
  appVersion: string;
  contents: BackupContents;
  /** Set on a segment of an automatic backup chain. */
  chain?: BackupChain;
}

/** The header's SHA-256 (hexadecimal) from the first piece sealBackup yields: the next segment of a chain names it. */
export function headerDigestOf(firstPiece: Uint8Array): string {
  return bytesToHex(firstPiece.subarray(firstPiece.length - CHECKSUM_BYTES));
}

/**
 * Derives each key once: a chain's segments share one salt, and PBKDF2's 600,000 rounds would otherwise be paid
 * for every segment written or restored. Keep it no longer than the backup or restore it serves.
 */
export function cachingCipher(cipher: BackupCipher = webCryptoCipher()): BackupCipher {
  const derived = new Map<string, Promise<SealingKey>>();
  return {
    ...cipher,
    deriveKey(passphrase, salt, iterations) {
      const id = `${bytesToHex(salt)}:${iterations}:${passphrase}`;
      let key = derived.get(id);
      if (!key) {
        key = cipher.deriveKey(passphrase, salt, iterations);
        derived.set(id, key);
      }
      return key;
    },
  };
}

/** The file's bytes, piece by piece: the header first, then one piece per part of `body`. */
export async function* sealBackup(body: ByteSource, description: BackupDescription, options: SealOptions): AsyncGenerator<Uint8Array> {
  const cipher = options.cipher ?? webCryptoCipher();
  const partBytes = options.partBytes ?? PART_BYTES;
  if (!options.passphrase) throw new Error('A backup is always encrypted: give a passphrase or the desk backup key');
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS;
  const salt = options.salt ?? cipher.randomBytes(16);
  const prefix = cipher.randomBytes(8);
  const key = await cipher.deriveKey(options.passphrase, salt, iterations);
  const keyCheck = await cipher.encrypt(key, nonce(prefix, 0xffffffff), KEY_CHECK_AAD, new Uint8Array(0));
  const encryption: BackupHeader['encryption'] = {
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: bytesToHex(salt),
    noncePrefix: bytesToHex(prefix),
    keyCheck: bytesToHex(keyCheck),
    keySource: options.keySource ?? 'passphrase',
  };
  const formatVersion = description.chain ? CHAIN_SEGMENT_FORMAT_VERSION : FULL_BACKUP_FORMAT_VERSION;
  const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion, ...description, bodyBytes: body.size, encryption };
  const json = utf8ToBytes(JSON.stringify(header));
  const block = concatBytes(BACKUP_MAGIC, u32(json.length), json);
  const headerHash = await cipher.sha256(block);
  yield concatBytes(block, headerHash);

  let part = 0;
  let offset = 0;
  do {
    const data = await body.read(offset, Math.min(partBytes, body.size - offset));
    offset += data.length;
    const flags = offset >= body.size ? LAST_PART : 0;
    const aad = concatBytes(headerHash, u32(part), Uint8Array.of(flags));
    const payload = await cipher.encrypt(key, nonce(prefix, part), aad, data);
    yield concatBytes(u32(payload.length), Uint8Array.of(flags), payload);
    part += 1;
  } while (offset < body.size);
}

export type HeaderRead = { ok: true; header: BackupHeader; headerHash: Uint8Array; bodyStart: number } | BackupProblem;

const NO_MARK = 'it does not begin with the mark every backup begins with (CDBACKUP)';

function notABackup(first: Uint8Array, name: string | undefined): BackupProblem {
  const kind = foreignFileKind(first);
  // A file already named .cdbackup is told what it really is, not to choose a file ending .cdbackup.
  if (name?.toLowerCase().endsWith(`.${BACKUP_FILE_EXTENSION}`)) {
    const what = kind ? `it is ${kind}` : `${NO_MARK}, so it was renamed from another file or its start is damaged`;
    return problem('not-a-backup', `${name} is not a Complaints Desk backup, though its name ends .${BACKUP_FILE_EXTENSION}: ${what}. Choose a backup that Complaints Desk made. ${NOTHING_CHANGED}`);
  }
  return problem('not-a-backup', `This file is not a Complaints Desk backup: ${kind ? `it is ${kind}` : NO_MARK}. Choose a file ending .${BACKUP_FILE_EXTENSION}. ${NOTHING_CHANGED}`);
}

const textDecoder = () => new (globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string } }).TextDecoder('utf-8', { fatal: true });

/** Reads and checks the header: the magic, its checksum, its shape, and that this version of the app can read it. */
export async function readBackupHeader(source: ByteSource, latestSchemaVersion: number, cipher: BackupCipher = webCryptoCipher()): Promise<HeaderRead> {
  const first = await source.read(0, Math.min(source.size, 16));
  if (first.length < BACKUP_MAGIC.length + 4 || !sameBytes(first.subarray(0, BACKUP_MAGIC.length), BACKUP_MAGIC)) return notABackup(await source.read(0, Math.min(source.size, 512)), source.name);
  const length = readU32(first, BACKUP_MAGIC.length);
  const blockLength = BACKUP_MAGIC.length + 4 + length;
  if (length > MAX_HEADER_BYTES) return problem('damaged', `The backup file is damaged: its header is unreadable. ${NOTHING_CHANGED}`);
  if (source.size < blockLength + CHECKSUM_BYTES) return problem('truncated', `The backup file is incomplete: it ends inside its header (the copy was cut short). ${NOTHING_CHANGED}`);
  const bytes = await source.read(0, blockLength + CHECKSUM_BYTES);
  const block = bytes.subarray(0, blockLength);
  const headerHash = await cipher.sha256(block);
  if (!sameBytes(headerHash, bytes.subarray(blockLength))) return problem('damaged', `The backup file is damaged: its header does not match its checksum. ${NOTHING_CHANGED}`);
  let json: unknown;
  try {
    json = JSON.parse(textDecoder().decode(block.subarray(BACKUP_MAGIC.length + 4)));
  } catch {
    return problem('damaged', `The backup file is damaged: its header is not readable text. ${NOTHING_CHANGED}`);
  }
  const version = backupHeaderVersion.safeParse(json);
  if (version.success && version.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return problem('newer', `This backup was made by a newer version of Complaints Desk (backup format ${version.data.formatVersion}). Update Complaints Desk, then restore it. ${NOTHING_CHANGED}`);
  }
  const parsed = backupHeader.safeParse(json);
  if (!parsed.success) return problem('damaged', `The backup file's header is not valid (${describeHeaderProblems(parsed.error)}). ${NOTHING_CHANGED}`);
  if (parsed.data.schemaVersion > latestSchemaVersion) {
    return problem(
      'newer',
      `This backup was made by a newer version of Complaints Desk (database version ${parsed.data.schemaVersion}; this version reads up to ${latestSchemaVersion}). Update Complaints Desk, then restore it. ${NOTHING_CHANGED}`,
    );
  }
  if (!parsed.data.encryption) {
    return problem(
      'unsealed',
      `This backup is not encrypted, so nothing shows that Complaints Desk made it or that it is unchanged since: it cannot be restored. Restore an encrypted backup instead. ${NOTHING_CHANGED}`,
    );
  }
  return { ok: true, header: parsed.data, headerHash, bodyStart: blockLength + CHECKSUM_BYTES };
}

export type BodyRead = { ok: true; bytes: number } | BackupProblem;

/**
 * Reads every part, checks or decrypts it, and hands the database export to `take` piece by piece; any problem
 * stops it with a message. The caller keeps what it was given and uses it only when this answers ok.
 */
export async function openBackupBody(
  source: ByteSource,
  read: Extract<HeaderRead, { ok: true }>,
  passphrase: string | undefined,
  take: (piece: Uint8Array) => void | Promise<void>,
  cipher: BackupCipher = webCryptoCipher(),
): Promise<BodyRead> {
  const { header, headerHash } = read;
  const sealing = header.encryption;
  if (!sealing) return problem('unsealed', `This backup is not encrypted, so it cannot be restored. ${NOTHING_CHANGED}`);
  const deskKey = sealing.keySource === 'desk-key';
  if (!passphrase) {
    return problem(
      'needs-passphrase',
      deskKey ? 'This automatic backup is sealed with the desk backup key of the computer that made it, which is not available here.' : 'This backup is protected by a passphrase: enter it to restore the backup.',
    );
  }
  const prefix = hexToBytes(sealing.noncePrefix);
  const key: SealingKey = await cipher.deriveKey(passphrase, hexToBytes(sealing.salt), sealing.iterations);
  try {
    await cipher.decrypt(key, nonce(prefix, 0xffffffff), KEY_CHECK_AAD, hexToBytes(sealing.keyCheck));
  } catch {
    return problem(
      'wrong-passphrase',
      deskKey
        ? `This automatic backup was sealed with another computer's desk backup key: restore it on the computer that made it. ${NOTHING_CHANGED}`
        : `The passphrase is wrong: this backup cannot be opened with it. Check it (capital letters count) and try again. ${NOTHING_CHANGED}`,
    );
  }
  const overhead = TAG_BYTES;
  let offset = read.bodyStart;
  let total = 0;
  for (let part = 0; ; part += 1) {
    const number = part + 1;
    if (offset + 5 > source.size) return problem('truncated', `The backup file is incomplete: it ends before part ${number} (the copy was cut short). ${NOTHING_CHANGED}`);
    const frame = await source.read(offset, 5);
    const length = readU32(frame);
    const flags = frame[4] ?? 0;
    if (length < overhead || length > MAX_PART_PAYLOAD || (flags & ~LAST_PART) !== 0) return problem('damaged', `The backup file is damaged at part ${number}: its length or flags are not valid. ${NOTHING_CHANGED}`);
    if (offset + 5 + length > source.size) return problem('truncated', `The backup file is incomplete: part ${number} is cut short. ${NOTHING_CHANGED}`);
    const payload = await source.read(offset + 5, length);
    offset += 5 + length;
    const aad = concatBytes(headerHash, u32(part), Uint8Array.of(flags));
    let data: Uint8Array;
    try {
      data = await cipher.decrypt(key, nonce(prefix, part), aad, payload);
    } catch {
      return problem('damaged', `The backup file is damaged: part ${number} does not decrypt, so it has been changed or corrupted since it was made. ${NOTHING_CHANGED}`);
    }
    total += data.length;
    if (total > header.bodyBytes) return problem('damaged', `The backup file is damaged: it holds more data than its header says. ${NOTHING_CHANGED}`);
    await take(data);
    if (flags & LAST_PART) break;
  }
  if (total !== header.bodyBytes) return problem('truncated', `The backup file is incomplete: it holds ${total} of the ${header.bodyBytes} bytes its header promises. ${NOTHING_CHANGED}`);
  if (offset !== source.size) return problem('damaged', `The backup file has extra data after its end, so it is not as it was made. ${NOTHING_CHANGED}`);
  return { ok: true, bytes: total };
}
