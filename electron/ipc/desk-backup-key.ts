// The desk backup key: 32 random bytes that seal automatic backups, kept on disk only as the OS key store encrypted
// them (Electron's safeStorage: DPAPI, the macOS Keychain, libsecret or KWallet), so a copy of the backups folder
// or of the user-data folder alone cannot open them.
import type { DeskBackupKey } from '../../shared/ipc-contract';

/** The part of Electron's safeStorage used here; tests pass a fake. */
export interface KeyStore {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text' means no real key store (a fixed password), which protects nothing. */
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface DeskBackupKeyDeps {
  /** userData/desk-backup-key.bin */
  keyFile: string;
  keyStore: KeyStore;
  readFile(filePath: string): Promise<Buffer>;
  /** Writes the whole file under a temporary name and renames it into place. */
  writeFile(filePath: string, bytes: Buffer): Promise<void>;
  randomBytes(length: number): Buffer;
  log: Pick<Console, 'warn'>;
}

export const NO_KEY_STORE =
  'This computer has no system key store available to Complaints Desk, so automatic backups cannot be encrypted and are not made. Use “Back up now” with a passphrase.';

/** Answers with the desk's key, making it on first use; the same key every time after. */
export function deskBackupKey(deps: DeskBackupKeyDeps): () => Promise<DeskBackupKey> {
  let known: string | null = null;
  return async () => {
    if (known) return { available: true, key: known };
    const backend = deps.keyStore.getSelectedStorageBackend?.();
    if (!deps.keyStore.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown') return { available: false, reason: NO_KEY_STORE };
    let sealed: Buffer | null = null;
    try {
      sealed = await deps.readFile(deps.keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (sealed) {
      try {
        known = deps.keyStore.decryptString(sealed);
      } catch (error) {
        deps.log.warn('The desk backup key could not be unsealed', error);
        return {
          available: false,
          reason: 'The desk backup key could not be opened with this computer’s key store (was the user profile moved?), so automatic backups are not made. Use “Back up now” with a passphrase.',
        };
      }
      return { available: true, key: known };
    }
    const key = deps.randomBytes(32).toString('hex');
    await deps.writeFile(deps.keyFile, deps.keyStore.encryptString(key));
    known = key;
    return { available: true, key };
  };
}
