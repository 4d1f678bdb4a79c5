// The sealing of a backup through WebCrypto (in Chromium, Electron and Node 20): PBKDF2-SHA256, AES-256-GCM, SHA-256.
// shared/ is compiled without the DOM library, so the few WebCrypto calls used are declared here.
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** A key made by deriveKey; opaque outside this module. */
export interface SealingKey {
  readonly kind: 'aes-gcm-key';
}

export interface BackupCipher {
  deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<SealingKey>;
  /** AES-256-GCM: ciphertext followed by the 16-byte tag. */
  encrypt(key: SealingKey, nonce: Uint8Array, aad: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
  /** Rejects when the tag does not match: a wrong key or changed bytes. */
  decrypt(key: SealingKey, nonce: Uint8Array, aad: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
  sha256(data: Uint8Array): Promise<Uint8Array>;
  randomBytes(length: number): Uint8Array;
}

type Buffer = Uint8Array<ArrayBuffer>;
interface Subtle {
  importKey(format: 'raw', key: Buffer, algorithm: 'PBKDF2', extractable: false, usages: ['deriveKey']): Promise<object>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Buffer; iterations: number },
    base: object,
    derived: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    usages: ['encrypt', 'decrypt'],
  ): Promise<object>;
  encrypt(algorithm: { name: 'AES-GCM'; iv: Buffer; additionalData: Buffer }, key: object, data: Buffer): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: 'AES-GCM'; iv: Buffer; additionalData: Buffer }, key: object, data: Buffer): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Buffer): Promise<ArrayBuffer>;
}
interface WebCrypto {
  subtle: Subtle;
  getRandomValues(array: Buffer): Buffer;
}

const keys = new WeakMap<SealingKey, object>();
// WebCrypto wants ArrayBuffer-backed views; a view over a SharedArrayBuffer or a slice is copied first.
const own = (bytes: Uint8Array): Buffer => (bytes.buffer instanceof ArrayBuffer ? (bytes as Buffer) : new Uint8Array(bytes));

function keyOf(key: SealingKey): object {
  const raw = keys.get(key);
  if (!raw) throw new Error('This key was not made by the backup cipher');
  return raw;
}

/** The platform's WebCrypto as a BackupCipher. */
export function webCryptoCipher(crypto: WebCrypto = (globalThis as unknown as { crypto: WebCrypto }).crypto): BackupCipher {
  const { subtle } = crypto;
  return {
    async deriveKey(passphrase, salt, iterations) {
      const material = await subtle.importKey('raw', own(utf8ToBytes(passphrase.normalize('NFC'))), 'PBKDF2', false, ['deriveKey']);
      const raw = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      const key: SealingKey = Object.freeze({ kind: 'aes-gcm-key' as const });
      keys.set(key, raw);
      return key;
    },
    async encrypt(key, nonce, aad, data) {
      return new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: own(nonce), additionalData: own(aad) }, keyOf(key), own(data)));
    },
    async decrypt(key, nonce, aad, data) {
      return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: own(nonce), additionalData: own(aad) }, keyOf(key), own(data)));
    },
    async sha256(data) {
      return new Uint8Array(await subtle.digest('SHA-256', own(data)));
    },
    randomBytes(length) {
      return crypto.getRandomValues(new Uint8Array(length));
    },
  };
}
