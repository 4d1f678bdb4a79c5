// Each account's key pair travels with the account (docs/sealed-records.md): its owner's desks fetch the record
// (its private half sealed under their password) and every desk receives everyone's public key, so any desk can
// wrap a complaint about staff's key for its readers, and each reader opens it at whichever desk they sign in.
import { z } from 'zod';
import { instant } from '../model';
import { fromBase64, toBase64, type UserKeyRecord } from '../sealed';

const base64 = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, `${what} is too long`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${what} must be base64`);

const envelopeJson = z.object({ v: z.literal(1), iv: base64('The envelope’s iv', 24), ct: base64('The envelope’s ciphertext', 1000) }).strict();

/** A user's key record as JSON (bytes as base64), as the server stores it and gives it back to its owner. */
export const userKeyRecordJson = z
  .object({
    userId: z.string().min(1).max(100),
    v: z.literal(1),
    publicKey: base64('The public key', 100),
    kdf: z.object({ name: z.literal('PBKDF2-SHA-256'), salt: base64('The salt', 100), iterations: z.number().int().min(100_000).max(2_000_000) }).strict(),
    privateKey: envelopeJson,
    personalKey: envelopeJson,
    createdAt: instant('Keys made at'),
  })
  .strict();
export type UserKeyRecordJson = z.infer<typeof userKeyRecordJson>;

/** PUT /v1/keys: the signed-in user's own record (only theirs). */
export const putKeysRequest = z.object({ record: userKeyRecordJson }).strict();
/** GET /v1/keys: the signed-in user's own record, or null when no desk has made it yet. */
export const myKeysResponse = z.object({ record: userKeyRecordJson.nullable() });

export function keyRecordToJson(record: UserKeyRecord): UserKeyRecordJson {
  const env = (e: UserKeyRecord['privateKey']) => ({ v: e.v, iv: toBase64(e.iv), ct: toBase64(e.ct) });
  return {
    userId: record.userId,
    v: record.v,
    publicKey: toBase64(record.publicKey),
    kdf: { name: record.kdf.name, salt: toBase64(record.kdf.salt), iterations: record.kdf.iterations },
    privateKey: env(record.privateKey),
    personalKey: env(record.personalKey),
    createdAt: record.createdAt,
  };
}

export function keyRecordFromJson(json: UserKeyRecordJson): UserKeyRecord {
  const env = (e: UserKeyRecordJson['privateKey']) => ({ v: e.v, iv: fromBase64(e.iv), ct: fromBase64(e.ct) });
  return {
    userId: json.userId,
    v: json.v,
    publicKey: fromBase64(json.publicKey),
    kdf: { name: json.kdf.name, salt: fromBase64(json.kdf.salt), iterations: json.kdf.iterations },
    privateKey: env(json.privateKey),
    personalKey: env(json.personalKey),
    createdAt: json.createdAt,
  };
}

/** A signature of a key change (shared/sealed/key-endorsement.ts), as the server stores and forwards it. */
export const keyEndorsementJson = z.object({ by: z.string().min(1).max(100), signature: base64('The signature', 100) }).strict();

/** PUT /v1/keys/:userId/endorsement: the signed-in user signs that `publicKey` is now that account's key. */
export const putEndorsementRequest = z.object({ publicKey: base64('The public key', 100), endorsement: keyEndorsementJson }).strict();
export const KEY_CHANGED_AGAIN = 'That account’s key has changed again since you checked it: look at it again before giving access';
export const NOT_YOUR_SIGNATURE = 'A desk may only send signatures made by the signed-in user';
