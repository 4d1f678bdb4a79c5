// The desk backup key: made once, kept on disk only as the key store sealed it, refused where there is no real key store.
import { describe, expect, it } from 'vitest';
import { deskBackupKey, NO_KEY_STORE, type KeyStore } from '../../../electron/ipc/desk-backup-key';

function fakeKeyStore(backend = 'gnome_libsecret', available = true): KeyStore {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(7)].reverse().join('');
    },
  };
}

function setUp(keyStore: KeyStore, files = new Map<string, Buffer>()) {
  let made = 0;
  const get = deskBackupKey({
    keyFile: '/user-data/desk-backup-key.bin',
    keyStore,
    readFile: async (p) => {
      const bytes = files.get(p);
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (p, bytes) => void files.set(p, bytes),
    randomBytes: (n) => {
      made += 1;
      return Buffer.alloc(n, made);
    },
    log: { warn: () => undefined },
  });
  return { get, files };
}

describe('the desk backup key', () => {
  it('is made on first use, stored only sealed by the key store, and the same after a restart', async () => {
    const { get, files } = setUp(fakeKeyStore());
    const first = await get();
    expect(first).toEqual({ available: true, key: '01'.repeat(32) });
    const stored = files.get('/user-data/desk-backup-key.bin')?.toString() ?? '';
    expect(stored).not.toContain('01'.repeat(32));
    expect(await setUp(fakeKeyStore(), files).get()).toEqual(first);
  });

  it.each([
    ['no key store at all', fakeKeyStore('gnome_libsecret', false)],
    ['Linux’s plain-text fallback', fakeKeyStore('basic_text')],
  ])('is refused with %s, so no automatic backup is sealed with a key anyone can read', async (_what, store) => {
    const { get, files } = setUp(store);
    expect(await get()).toEqual({ available: false, reason: NO_KEY_STORE });
    expect(files.size).toBe(0);
  });

  it('says so when the stored key cannot be unsealed, and never makes a new one over it', async () => {
    const files = new Map([['/user-data/desk-backup-key.bin', Buffer.from('garbage')]]);
    const { get } = setUp(fakeKeyStore(), files);
    expect(await get()).toMatchObject({ available: false, reason: expect.stringMatching(/^The desk backup key could not be opened/) });
    expect(files.get('/user-data/desk-backup-key.bin')?.toString()).toBe('garbage');
  });
});
