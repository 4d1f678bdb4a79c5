// Each user's keys: a P-256 key pair for receiving wrapped case keys, and a personal AES key for their own records
// (drafts, receipts, re-wrapped case keys), both sealed under a key derived from their password (PBKDF2-SHA-256).
import { sealBytes, openBytes, KEY_BYTES, newContentKey, SealedRecordError, type SealedEnvelope, type SealedScope } from './envelope';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { own, randomBytes, subtle, type Bytes, type PlatformKey } from './web-crypto';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256, as for the password check; a sign-in derives it once more. */
export const KEY_ITERATIONS = 600_000;
/** Rounds above this are refused: a record cannot make a sign-in stall. */
export const MAX_KEY_ITERATIONS = 2_000_000;
const SALT_BYTES = 16;

/** A user's keys as stored: anyone may read the public key; the rest opens only with the password. */
export interface UserKeyRecord {
  userId: string;
  v: 1;
  /** Raw uncompressed P-256 public key (65 bytes). */
  publicKey: Uint8Array;
  kdf: { name: 'PBKDF2-SHA-256'; salt: Uint8Array; iterations: number };
  /** The private key (PKCS #8) sealed under the password's key. */
  privateKey: SealedEnvelope;
  /** The personal key (32 bytes) sealed under the password's key. */
  personalKey: SealedEnvelope;
  createdAt: string;
}

/** A user's keys once unlocked: held in memory for the session only, never stored. */
export interface UnlockedKeys {
  userId: string;
  privateKey: PlatformKey;
  /** The same private key for ECDSA: endorses a key change (shared/sealed/key-endorsement.ts). */
  signingKey: PlatformKey;
  personalKey: Bytes;
  publicKey: Uint8Array;
}

const scope = (userId: string, what: 'private-key' | 'personal-key'): SealedScope => ({ table: 'userKeys', rowId: userId, caseId: what });

function passwordText(password: string): Bytes {
  return own(utf8ToBytes(password.normalize('NFC')));
}


async function passwordKey(password: string, salt: Uint8Array, iterations: number): Promise<Bytes> {
  if (!Number.isSafeInteger(iterations) || iterations < KEY_ITERATIONS || iterations > MAX_KEY_ITERATIONS) {
    throw new SealedRecordError(`A key record must use between ${KEY_ITERATIONS} and ${MAX_KEY_ITERATIONS} PBKDF2 rounds`);
  }
  const material = await subtle().importKey('raw', passwordText(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations }, material, KEY_BYTES * 8));
}

async function sealUnder(password: string, userId: string, privatePkcs8: Uint8Array, personalKey: Uint8Array, publicKey: Uint8Array, createdAt: string): Promise<UserKeyRecord> {
  const salt = randomBytes(SALT_BYTES);
  return sealWith(await passwordKey(password, salt, KEY_ITERATIONS), salt, userId, privatePkcs8, personalKey, publicKey, createdAt);
}

async function sealWith(
  kek: Uint8Array,
  salt: Uint8Array,
  userId: string,
  privatePkcs8: Uint8Array,
  personalKey: Uint8Array,
  publicKey: Uint8Array,
  createdAt: string,
): Promise<UserKeyRecord> {
  return {
    userId,
    v: 1,
    publicKey,
    kdf: { name: 'PBKDF2-SHA-256', salt, iterations: KEY_ITERATIONS },
    privateKey: await sealBytes(kek, scope(userId, 'private-key'), privatePkcs8),
    personalKey: await sealBytes(kek, scope(userId, 'personal-key'), personalKey),
    createdAt,
  };
}

async function importPrivate(pkcs8: Uint8Array): Promise<PlatformKey> {
  return subtle().importKey('pkcs8', own(pkcs8), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
}

async function importSigning(pkcs8: Uint8Array): Promise<PlatformKey> {
  return subtle().importKey('pkcs8', own(pkcs8), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
}

async function newPair() {
  const pair = await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  return { pkcs8, publicKey, personalKey: newContentKey() };
}

/** New keys for a new account or a password reset: nothing sealed for the old keys opens with these. */
export async function createUserKeys(userId: string, password: string, now: string): Promise<{ record: UserKeyRecord; unlocked: UnlockedKeys }> {
  const { pkcs8, publicKey, personalKey } = await newPair();
  const record = await sealUnder(password, userId, pkcs8, personalKey, publicKey, now);
  const privateKey = await importPrivate(pkcs8);
  const signingKey = await importSigning(pkcs8);
  pkcs8.fill(0);
  return { record, unlocked: { userId, privateKey, signingKey, personalKey, publicKey } };
}

/**
 * Keys for many synthetic accounts that share one password (the benchmark's and the demo desk's seed): one
 * derivation, one salt for all. Never for real accounts, whose salts must differ.
 */
export async function createSeedUserKeys(userIds: readonly string[], password: string, now: string): Promise<{ record: UserKeyRecord; unlocked: UnlockedKeys }[]> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await passwordKey(password, salt, KEY_ITERATIONS);
  return Promise.all(
    userIds.map(async (userId) => {
      const { pkcs8, publicKey, personalKey } = await newPair();
      const record = await sealWith(kek, salt, userId, pkcs8, personalKey, publicKey, now);
      return { record, unlocked: { userId, privateKey: await importPrivate(pkcs8), signingKey: await importSigning(pkcs8), personalKey, publicKey } };
    }),
  );
}

/** Opens a user's keys with their password; throws SealedRecordError when the password does not open them. */
export async function unlockUserKeys(record: UserKeyRecord, password: string): Promise<UnlockedKeys> {
  const kek = await passwordKey(password, record.kdf.salt, record.kdf.iterations);
  const pkcs8 = await openBytes(kek, scope(record.userId, 'private-key'), record.privateKey);
  const personalKey = await openBytes(kek, scope(record.userId, 'personal-key'), record.personalKey);
  const privateKey = await importPrivate(pkcs8);
  const signingKey = await importSigning(pkcs8);
  pkcs8.fill(0);
  return { userId: record.userId, privateKey, signingKey, personalKey, publicKey: record.publicKey };
}

/** The same keys under a new password (the user changing their own password, knowing the old one). */
export async function resealUserKeys(record: UserKeyRecord, oldPassword: string, newPassword: string, now: string): Promise<UserKeyRecord> {
  const kek = await passwordKey(oldPassword, record.kdf.salt, record.kdf.iterations);
  const pkcs8 = await openBytes(kek, scope(record.userId, 'private-key'), record.privateKey);
  const personalKey = await openBytes(kek, scope(record.userId, 'personal-key'), record.personalKey);
  return sealUnder(newPassword, record.userId, pkcs8, personalKey, record.publicKey, now);
}

