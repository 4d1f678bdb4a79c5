// Backing up into the desktop app's folder through the bridge: the parts written make a backup that opens, an
// automatic one is named as such, a failed write discards the partial file; and when one is due.
import 'fake-indexeddb/auto';
import './web-platform';
import { describe, expect, it } from 'vitest';
import { automaticBackupDue, backUpChainToFolder, backUpToFolder } from '../../../../renderer/features/backup/folder-backup';
import type { BackupBridge } from '../../../../renderer/host/desktop-host';
import { blobSource } from '../../../../renderer/store/backup/blob-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/store/db';
import { db } from '../../../../renderer/store/desk';
import { openBackupBody, readBackupHeader } from '../../../../shared/backup/backup-file';
import { actors, recorded, staff } from '../store-fixtures';

const deskKey = 'ab'.repeat(32);

function fakeFolder(failOnPart?: number, keyStore: 'available' | 'missing' = 'available') {
  const files = new Map<string, Uint8Array[]>();
  const calls: string[] = [];
  const bridge: BackupBridge = {
    getBackupSettings: async () => ({ folder: '/backups', keep: 14, lastAutomaticAt: null }),
    chooseBackupFolder: async () => ({ cancelled: true }),
    setBackupsKept: async ({ keep }) => ({ folder: '/backups', keep, lastAutomaticAt: null }),
    beginBackupFile: async ({ fileName, automatic }) => {
      calls.push(`begin ${fileName} ${automatic}`);
      files.set('w1', []);
      return { writeId: 'w1' };
    },
    appendBackupFile: async ({ writeId, bytes }) => {
      const parts = files.get(writeId)!;
      if (parts.length === failOnPart) throw new Error('There is not enough space on the disk');
      parts.push(bytes);
    },
    finishBackupFile: async ({ writeId, keepFile }) => {
      calls.push(`finish ${keepFile}`);
      if (!keepFile) return { discarded: true };
      return { savedTo: `/backups/${writeId}.cdbackup`, removed: [] };
    },
    onQuitBackup: () => undefined,
    getDeskBackupKey: async () => (keyStore === 'available' ? { available: true, key: deskKey } : { available: false, reason: 'This computer has no system key store' }),
  };
  return { bridge, files, calls };
}

describe('a backup into the backups folder', () => {
  it('writes the whole backup in parts, under an automatic backup’s name, sealed with the desk backup key', async () => {
    await db.users.bulkPut(Object.values(staff));
    await recorded(db, actors.agent);
    const { bridge, files, calls } = fakeFolder();
    const saved = await backUpToFolder(bridge, { automatic: true, appVersion: '0.1.0' });
    expect(saved).toEqual({ savedTo: '/backups/w1.cdbackup', cases: 1, removed: [] });
    expect(calls[0]).toMatch(/^begin Complaints Desk backup \d{4}-\d{2}-\d{2} \d{6} automatic\.cdbackup true$/);
    expect(calls[1]).toBe('finish true');
    const file = new Blob(files.get('w1') as Uint8Array<ArrayBuffer>[]);
    const header = await readBackupHeader(blobSource(file), LATEST_SCHEMA_VERSION);
    if (!header.ok) throw new Error(header.message);
    expect(header.header.contents.cases).toBe(1);
    expect(header.header.encryption).toMatchObject({ keySource: 'desk-key', cipher: 'AES-256-GCM' });
    expect(await openBackupBody(blobSource(file), header, undefined, () => undefined)).toMatchObject({ ok: false, kind: 'needs-passphrase' });
    expect(await openBackupBody(blobSource(file), header, 'cd'.repeat(32), () => undefined)).toMatchObject({ ok: false, kind: 'wrong-passphrase', message: expect.stringMatching(/^This automatic backup was sealed with another computer's desk backup key/) });
    expect(await openBackupBody(blobSource(file), header, deskKey, () => undefined)).toMatchObject({ ok: true });
  });

  it('makes the automatic backup as the next segment of the chain, and none when nothing changed', async () => {
    await db.users.bulkPut(Object.values(staff));
    await recorded(db, actors.agent);
    const { bridge, calls } = fakeFolder();
    expect(await backUpChainToFolder(bridge, { appVersion: '0.1.0' })).toMatchObject({ cases: 2 });
    expect(calls[0]).toMatch(/^begin Complaints Desk backup \d{4}-\d{2}-\d{2} \d{6} chain-[0-9a-f]{8}-000000\.cdbackup true$/);
    expect(await backUpChainToFolder(bridge, { appVersion: '0.1.0' })).toBeNull();
    await recorded(db, actors.agent);
    expect(await backUpChainToFolder(bridge, { appVersion: '0.1.0' })).toMatchObject({ cases: 3 });
    expect(calls.filter((c) => c.startsWith('begin'))[1]).toMatch(/chain-[0-9a-f]{8}-000001\.cdbackup true$/);
  });

  it('makes no automatic backup when the computer has no key store, and says why', async () => {
    const { bridge, calls } = fakeFolder(undefined, 'missing');
    await expect(backUpToFolder(bridge, { automatic: true, appVersion: '0.1.0' })).rejects.toThrow('This computer has no system key store');
    expect(calls).toEqual([]);
  });

  it('refuses a backup on demand without a passphrase', async () => {
    const { bridge, calls } = fakeFolder();
    await expect(backUpToFolder(bridge, { automatic: false, appVersion: '0.1.0' })).rejects.toThrow('Every backup is encrypted: give a passphrase.');
    expect(calls).toEqual([]);
  });

  it('discards the partial file when a part cannot be written, and says why', async () => {
    const { bridge, calls } = fakeFolder(0);
    await expect(backUpToFolder(bridge, { automatic: false, appVersion: '0.1.0', passphrase: 'kettle orchard lantern 7' })).rejects.toThrow('There is not enough space on the disk');
    expect(calls).toEqual([expect.stringMatching(/^begin Complaints Desk backup .*\.cdbackup false$/), 'finish false']);
  });

  it.each([
    [null, true],
    ['2026-12-01T09:00:00.000Z', false],
    ['2026-11-30T17:00:00.000Z', true],
  ])('is due daily (last automatic backup %s)', (last, due) => {
    expect(automaticBackupDue(last, new Date('2026-12-01T17:00:00.000Z'))).toBe(due);
  });
});
