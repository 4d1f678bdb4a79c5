// The few WebCrypto calls sealed records use (Chromium, Electron and Node 20 all have them), typed here because
// shared/ is compiled without the DOM library, plus base64 for carrying bytes in JSON.

export type Bytes = Uint8Array<ArrayBuffer>;
/** A CryptoKey, opaque to shared/. */
export type PlatformKey = object;

type KeyAlgorithm = { name: 'ECDH' | 'ECDSA'; namedCurve: 'P-256' } | { name: 'AES-GCM'; length?: 256 } | 'PBKDF2' | 'HKDF' | { name: 'AES-KW' } | 'AES-KW';

export interface Subtle {
  generateKey(algorithm: { name: 'ECDH'; namedCurve: 'P-256' }, extractable: boolean, usages: string[]): Promise<{ publicKey: PlatformKey; privateKey: PlatformKey }>;
  importKey(format: 'raw' | 'pkcs8' | 'spki', key: Bytes, algorithm: KeyAlgorithm, extractable: boolean, usages: string[]): Promise<PlatformKey>;
  exportKey(format: 'raw' | 'pkcs8', key: PlatformKey): Promise<ArrayBuffer>;
  deriveBits(
    algorithm:
      | { name: 'PBKDF2'; hash: 'SHA-256'; salt: Bytes; iterations: number }
      | { name: 'ECDH'; public: PlatformKey }
      | { name: 'HKDF'; hash: 'SHA-256'; salt: Bytes; info: Bytes },
    base: PlatformKey,
    length: number,
  ): Promise<ArrayBuffer>;
  encrypt(algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes }, key: PlatformKey, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes }, key: PlatformKey, data: Bytes): Promise<ArrayBuffer>;
  sign(algorithm: { name: 'ECDSA'; hash: 'SHA-256' }, key: PlatformKey, data: Bytes): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'ECDSA'; hash: 'SHA-256' }, key: PlatformKey, signature: Bytes, data: Bytes): Promise<boolean>;
  wrapKey(format: 'raw', key: PlatformKey, wrappingKey: PlatformKey, algorithm: 'AES-KW'): Promise<ArrayBuffer>;
  unwrapKey(
    format: 'raw',
    wrapped: Bytes,
    unwrappingKey: PlatformKey,
    unwrapAlgorithm: 'AES-KW',
    keyAlgorithm: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    usages: string[],
  ): Promise<PlatformKey>;
}

interface WebCrypto {
  subtle: Subtle;
  getRandomValues(array: Bytes): Bytes;
}

export function webCrypto(): WebCrypto {
  const found = (globalThis as unknown as { crypto?: WebCrypto }).crypto;
  if (!found?.subtle) throw new Error('WebCrypto is not available here: sealed records need crypto.subtle');
  return found;
}

export const subtle = (): Subtle => webCrypto().subtle;

export function randomBytes(length: number): Bytes {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

/** WebCrypto wants ArrayBuffer-backed views; a view over a SharedArrayBuffer or a slice is copied first. */
export function own(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes as Bytes) : new Uint8Array(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Standard base64 with padding (RFC 4648), for bytes carried in JSON (the office server's wire form). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Bytes {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('Not base64: sealed bytes must be standard padded base64');
  const body = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of body) {
    value = (value << 6) | INDEX.get(c)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
