// The sealed envelope: AES-256-GCM over a record's content, bound by its additional data to the table, row and case.
// seal/open go through WebCrypto (the office server, key set-up); sealNow/openNow give the same bytes synchronously
// (@noble/ciphers), for the desk's store, which must seal inside an IndexedDB transaction that a WebCrypto await
// would let commit.
import { gcm } from '@noble/ciphers/aes.js';
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { fromBase64, own, randomBytes, subtle, toBase64, type Bytes } from './web-crypto';

export const ENVELOPE_VERSION = 1;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;

/** What a sealed record holds in place of its content; `ct` is the ciphertext followed by GCM's 16-byte tag. */
export interface SealedEnvelope {
  v: typeof ENVELOPE_VERSION;
  iv: Uint8Array;
  ct: Uint8Array;
}

/** The same envelope as JSON (the office server's wire and database form). */
export interface SealedEnvelopeJson {
  v: typeof ENVELOPE_VERSION;
  iv: string;
  ct: string;
}

/**
 * Where a sealed record belongs. Its additional data binds the ciphertext to it, so a sealed row copied onto
 * another row, table or case fails to open instead of showing someone else's content.
 */
export interface SealedScope {
  table: string;
  rowId: string;
  caseId: string;
}

export class SealedRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedRecordError';
  }
}

export function additionalData(scope: SealedScope): Bytes {
  for (const part of [scope.table, scope.rowId, scope.caseId]) {
    if (part.includes('\u0000')) throw new SealedRecordError('A sealed record’s table, row and case ids may not contain a NUL');
  }
  return own(utf8ToBytes(`complaints-desk/sealed/v${ENVELOPE_VERSION}\u0000${scope.table}\u0000${scope.rowId}\u0000${scope.caseId}`));
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new SealedRecordError(`A content key is ${KEY_BYTES} bytes, not ${key.length}`);
}

function checkEnvelope(envelope: SealedEnvelope): void {
  if (envelope.v !== ENVELOPE_VERSION) throw new SealedRecordError(`Sealed record version ${String(envelope.v)} is not one this desk reads`);
  if (envelope.iv.length !== IV_BYTES) throw new SealedRecordError('A sealed record’s iv is not 12 bytes');
}

/** A new random content key (AES-256). */
export function newContentKey(): Bytes {
  return randomBytes(KEY_BYTES);
}

/** Seals bytes synchronously: a fresh random iv each time, never reused with the same key. */
export function sealBytesNow(key: Uint8Array, scope: SealedScope, plain: Uint8Array): SealedEnvelope {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  return { v: ENVELOPE_VERSION, iv, ct: gcm(key, iv, additionalData(scope)).encrypt(plain) };
}

/** Opens bytes synchronously; throws SealedRecordError for a wrong key, another scope or changed bytes. */
export function openBytesNow(key: Uint8Array, scope: SealedScope, envelope: SealedEnvelope): Bytes {
  checkKey(key);
  checkEnvelope(envelope);
  try {
    return own(gcm(key, envelope.iv, additionalData(scope)).decrypt(envelope.ct));
  } catch {
    throw new SealedRecordError('This sealed record does not open with this key: wrong key, another record, or changed bytes');
  }
}

export function sealNow(key: Uint8Array, scope: SealedScope, value: unknown): SealedEnvelope {
  return sealBytesNow(key, scope, utf8ToBytes(JSON.stringify(value)));
}

export function openNow<T = unknown>(key: Uint8Array, scope: SealedScope, envelope: SealedEnvelope): T {
  return JSON.parse(bytesToUtf8(openBytesNow(key, scope, envelope))) as T;
}

async function aesKey(key: Uint8Array, usage: 'encrypt' | 'decrypt') {
  checkKey(key);
  return subtle().importKey('raw', own(key), { name: 'AES-GCM' }, false, [usage]);
}

/** Seals bytes with WebCrypto: the same format as sealBytesNow. */
export async function sealBytes(key: Uint8Array, scope: SealedScope, plain: Uint8Array): Promise<SealedEnvelope> {
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(scope) }, await aesKey(key, 'encrypt'), own(plain));
  return { v: ENVELOPE_VERSION, iv, ct: new Uint8Array(ct) };
}

export async function openBytes(key: Uint8Array, scope: SealedScope, envelope: SealedEnvelope): Promise<Bytes> {
  checkEnvelope(envelope);
  const cryptoKey = await aesKey(key, 'decrypt');
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: own(envelope.iv), additionalData: additionalData(scope) }, cryptoKey, own(envelope.ct)));
  } catch {
    throw new SealedRecordError('This sealed record does not open with this key: wrong key, another record, or changed bytes');
  }
}

export async function seal(key: Uint8Array, scope: SealedScope, value: unknown): Promise<SealedEnvelope> {
  return sealBytes(key, scope, utf8ToBytes(JSON.stringify(value)));
}

export async function open<T = unknown>(key: Uint8Array, scope: SealedScope, envelope: SealedEnvelope): Promise<T> {
  return JSON.parse(bytesToUtf8(await openBytes(key, scope, envelope))) as T;
}

export function envelopeToJson(envelope: SealedEnvelope): SealedEnvelopeJson {
  return { v: envelope.v, iv: toBase64(envelope.iv), ct: toBase64(envelope.ct) };
}

export function envelopeFromJson(json: SealedEnvelopeJson): SealedEnvelope {
  const envelope = { v: json.v, iv: fromBase64(json.iv), ct: fromBase64(json.ct) };
  checkEnvelope(envelope);
  return envelope;
}

/** True for a value shaped like a sealed envelope (what a store reads back from a sealed row). */
export function isSealedEnvelope(value: unknown): value is SealedEnvelope {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<SealedEnvelope>;
  return v.v === ENVELOPE_VERSION && v.iv instanceof Uint8Array && v.ct instanceof Uint8Array;
}
