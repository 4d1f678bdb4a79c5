// Password hashing with PBKDF2-SHA-256 (WebCrypto): a random salt per password, the iteration count kept with the hash.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; raise it here and passwords are re-hashed at their next sign-in. */
export const PASSWORD_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** What is stored for one password: never the password itself. */
export interface PasswordHash {
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
  iterations: number;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so the time taken says nothing about where they differ. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export async function hashPassword(password: string, iterations: number = PASSWORD_ITERATIONS): Promise<PasswordHash> {
  if (!Number.isSafeInteger(iterations) || iterations < PASSWORD_ITERATIONS) {
    throw new Error(`Passwords are hashed with at least ${PASSWORD_ITERATIONS} iterations`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const hash = await derive(password, fromBase64(stored.salt), stored.iterations);
  return sameBytes(hash, fromBase64(stored.hash));
}

/** True when the stored hash used fewer iterations than today's figure: re-hash it once the password is known. */
export function needsRehash(stored: PasswordHash): boolean {
  return stored.iterations < PASSWORD_ITERATIONS;
}

/** Spends the same time as a real check, for a user name that is not on the desk: the delay gives nothing away. */
export async function verifyDecoy(password: string): Promise<false> {
  await derive(password, crypto.getRandomValues(new Uint8Array(SALT_BYTES)), PASSWORD_ITERATIONS);
  return false;
}
