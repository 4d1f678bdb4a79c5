// Checkpoints as opaque tokens (AES-256-GCM over the change number, bound to the user), so a desk learns nothing
// from them about how many changes other people made, confidential ones included.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export class BadCheckpoint extends Error {
  constructor() {
    super('The checkpoint was not issued by this server to this user: pull again from the start (send an empty checkpoint)');
  }
}

function keyOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function encodeCheckpoint(secret: string, userId: string, seq: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(userId));
  const plain = Buffer.alloc(8);
  plain.writeBigUInt64BE(BigInt(seq));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The change number inside a token; 0 for '' (from the start). */
export function decodeCheckpoint(secret: string, userId: string, token: string): number {
  if (token === '') return 0;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 12 + 16 + 8) throw new BadCheckpoint();
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    return Number(plain.readBigUInt64BE());
  } catch {
    throw new BadCheckpoint();
  }
}
