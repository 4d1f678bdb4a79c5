// Wrapping a content key for one reader: ECDH-ES on P-256 to the reader's public key, HKDF-SHA-256, AES-KW (as JWE's
// ECDH-ES+A256KW), or, for a reader re-wrapping a key for themself, AES-KW under their personal key (fast to open).
import { aeskw } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { KEY_BYTES, SealedRecordError } from './envelope';
import { own, subtle, type Bytes, type PlatformKey } from './web-crypto';

/** The office server's recipient id: every staff complaint's key is wrapped for it too when a server is set. */
export const SERVICE_RECIPIENT = 'service';

/** A reader of sealed records: a user (or the service) and their P-256 public key, raw uncompressed (65 bytes). */
export interface Recipient {
  id: string;
  publicKey: Uint8Array;
}

/** One content key wrapped for one reader. `keyId` names the key: a case id, or 'personal:<user id>'. */
export type WrappedKey =
  | { alg: 'ECDH-ES+A256KW'; keyId: string; recipientId: string; epk: Uint8Array; wrapped: Uint8Array }
  | { alg: 'A256KW'; keyId: string; recipientId: string; wrapped: Uint8Array };

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

function info(keyId: string, recipientId: string): Uint8Array {
  return utf8ToBytes(`complaints-desk/key-wrap/v1\u0000${keyId}\u0000${recipientId}`);
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new SealedRecordError(`A content key is ${KEY_BYTES} bytes, not ${key.length}`);
}

function unwrapWith(kek: Uint8Array, wrapped: Uint8Array): Bytes {
  try {
    return own(aeskw(kek).decrypt(wrapped));
  } catch {
    throw new SealedRecordError('This key was not wrapped for this reader, or its bytes were changed');
  }
}

/** Wraps `key` for a reader who holds the private key of `recipient.publicKey`; only they (or the service) can unwrap it. */
export async function wrapFor(key: Uint8Array, keyId: string, recipient: Recipient): Promise<WrappedKey> {
  checkKey(key);
  const ephemeral = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const epk = new Uint8Array(await subtle().exportKey('raw', ephemeral.publicKey));
  const theirs = await subtle().importKey('raw', own(recipient.publicKey), ECDH, false, []);
  const shared = new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: theirs }, ephemeral.privateKey, 256));
  const kek = hkdf(sha256, shared, epk, info(keyId, recipient.id), KEY_BYTES);
  return { alg: 'ECDH-ES+A256KW', keyId, recipientId: recipient.id, epk, wrapped: aeskw(kek).encrypt(key) };
}

/** Wraps `key` under the reader's own personal key: synchronous, and synchronous to open, for keys the reader already holds. */
export function wrapPersonal(key: Uint8Array, keyId: string, recipientId: string, personalKey: Uint8Array): WrappedKey {
  checkKey(key);
  const kek = hkdf(sha256, personalKey, undefined, info(keyId, recipientId), KEY_BYTES);
  return { alg: 'A256KW', keyId, recipientId, wrapped: aeskw(kek).encrypt(key) };
}

/** Opens a personal wrap synchronously; throws SealedRecordError for any other wrap or a wrong key. */
export function unwrapPersonal(wrapped: WrappedKey, personalKey: Uint8Array): Bytes {
  if (wrapped.alg !== 'A256KW') throw new SealedRecordError('This key is wrapped to a public key: unwrap it with the private key');
  return unwrapWith(hkdf(sha256, personalKey, undefined, info(wrapped.keyId, wrapped.recipientId), KEY_BYTES), wrapped.wrapped);
}

/** Opens a wrap with the reader's private key (or their personal key for an A256KW wrap). */
export async function unwrap(wrapped: WrappedKey, keys: { privateKey: PlatformKey; personalKey?: Uint8Array }): Promise<Bytes> {
  if (wrapped.alg === 'A256KW') {
    if (!keys.personalKey) throw new SealedRecordError('This key is wrapped under a personal key that is not unlocked');
    return unwrapPersonal(wrapped, keys.personalKey);
  }
  let shared: Uint8Array;
  try {
    const epk = await subtle().importKey('raw', own(wrapped.epk), ECDH, false, []);
    shared = new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: epk }, keys.privateKey, 256));
  } catch {
    throw new SealedRecordError('This key was not wrapped for this reader, or its bytes were changed');
  }
  return unwrapWith(hkdf(sha256, shared, wrapped.epk, info(wrapped.keyId, wrapped.recipientId), KEY_BYTES), wrapped.wrapped);
}

/** A reader who holds a key wraps it again for other readers (a grant, a new investigator, a new manager). */
export async function rewrap(wrapped: WrappedKey, keys: { privateKey: PlatformKey; personalKey?: Uint8Array }, recipients: readonly Recipient[]): Promise<WrappedKey[]> {
  const key = await unwrap(wrapped, keys);
  return Promise.all(recipients.map((r) => wrapFor(key, wrapped.keyId, r)));
}
