// The automatic-backups folder with real files in a temp folder and a fake folder dialog: default folder, a chosen
// one, writing in parts under a temporary name, keeping the last N automatic backups, a full disk.
import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder, DEFAULT_BACKUPS_KEPT, segmentsOfOldChains, type BackupFolderDeps } from '../../../electron/ipc/backup-folder';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-backups-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function deps(overrides: Partial<BackupFolderDeps> = {}): BackupFolderDeps & { warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  return {
    warnings,
    settingsFile: path.join(root, 'userData', 'backup-settings.json'),
    defaultFolder: path.join(root, 'Documents', 'Complaints Desk backups'),
    readText: (file) => readFile(file, 'utf8'),
    writeText: async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, text);
      await rename(`${file}.tmp`, file);
    },
    makeFolder: async (folder) => void (await mkdir(folder, { recursive: true })),
    create: (file) => open(file, 'wx').then((handle) => ({ write: (b: Uint8Array) => handle.write(b as Uint8Array<ArrayBuffer>), sync: () => handle.sync(), close: () => handle.close() })),
    list: (folder) => readdir(folder),
    rename: (from, to) => rename(from, to),
    remove: (file) => rm(file),
    askForFolder: async () => path.join(root, 'Chosen'),
    now: () => new Date('2026-12-01T17:00:00.000Z'),
    log: { warn: (...args: unknown[]) => void warnings.push(args) },
    ...overrides,
  };
}

async function write(folder: ReturnType<typeof backupFolder>, fileName: string, automatic: boolean, parts: Uint8Array<ArrayBuffer>[]) {
  const { writeId } = await folder.begin({ fileName, automatic });
  for (const bytes of parts) await folder.append({ writeId, bytes });
  return folder.finish({ writeId, keepFile: true });
}

describe('the backups folder', () => {
  it('starts in Documents/Complaints Desk backups keeping 14, and remembers a chosen folder and count', async () => {
    const folder = backupFolder(deps());
    expect(await folder.getSettings()).toEqual({ folder: path.join(root, 'Documents', 'Complaints Desk backups'), keep: DEFAULT_BACKUPS_KEPT, lastAutomaticAt: null });
    expect(await folder.chooseFolder()).toMatchObject({ folder: path.join(root, 'Chosen') });
    await folder.setKept({ keep: 3 });
    expect(await backupFolder(deps()).getSettings()).toMatchObject({ folder: path.join(root, 'Chosen'), keep: 3 });
    expect(await backupFolder(deps({ askForFolder: async () => undefined })).chooseFolder()).toEqual({ cancelled: true });
  });

  it('ignores a damaged settings file, saying so in the log, and uses the defaults', async () => {
    const d = deps();
    await mkdir(path.dirname(d.settingsFile), { recursive: true });
    await writeFile(d.settingsFile, '{"keep": -4}');
    expect(await backupFolder(d).getSettings()).toMatchObject({ keep: DEFAULT_BACKUPS_KEPT });
    expect(d.warnings).toHaveLength(1);
  });

  it('writes the parts in order under a temporary name, then renames the whole file into place', async () => {
    const folder = backupFolder(deps());
    const { writeId } = await folder.begin({ fileName: 'Complaints Desk backup 2026-12-01 170000.cdbackup', automatic: false });
    await folder.append({ writeId, bytes: new Uint8Array([1, 2, 3]) });
    const inFolder = await readdir(path.join(root, 'Documents', 'Complaints Desk backups'));
    expect(inFolder).toHaveLength(1);
    expect(inFolder[0]).toMatch(/^\.Complaints Desk backup 2026-12-01 170000\.cdbackup\.[0-9a-f]{8}\.part$/);
    await folder.append({ writeId, bytes: new Uint8Array([4, 5]) });
    const result = await folder.finish({ writeId, keepFile: true });
    const target = path.join(root, 'Documents', 'Complaints Desk backups', 'Complaints Desk backup 2026-12-01 170000.cdbackup');
    expect(result).toEqual({ savedTo: target, removed: [] });
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4, 5]);
    expect(await readdir(path.dirname(target))).toEqual(['Complaints Desk backup 2026-12-01 170000.cdbackup']);
  });

  it('discards an abandoned backup, leaving nothing behind', async () => {
    const folder = backupFolder(deps());
    const { writeId } = await folder.begin({ fileName: 'Complaints Desk backup 2026-12-01 170000 automatic.cdbackup', automatic: true });
    await folder.append({ writeId, bytes: new Uint8Array([1]) });
    expect(await folder.finish({ writeId, keepFile: false })).toEqual({ discarded: true });
    expect(await readdir(path.join(root, 'Documents', 'Complaints Desk backups'))).toEqual([]);
    await expect(folder.append({ writeId, bytes: new Uint8Array([1]) })).rejects.toThrow('That backup is no longer being written: make the backup again.');
  });

  it('keeps the last N automatic backups and never deletes ones made on demand', async () => {
    const folder = backupFolder(deps());
    await folder.setKept({ keep: 2 });
    await write(folder, 'Complaints Desk backup 2026-11-01 090000.cdbackup', false, [new Uint8Array([9])]);
    for (const day of ['27', '28', '29']) await write(folder, `Complaints Desk backup 2026-11-${day} 170000 automatic.cdbackup`, true, [new Uint8Array([1])]);
    const last = await write(folder, 'Complaints Desk backup 2026-11-30 170000 automatic.cdbackup', true, [new Uint8Array([2])]);
    expect(last).toMatchObject({ removed: ['Complaints Desk backup 2026-11-28 170000 automatic.cdbackup'] });
    expect((await readdir(path.join(root, 'Documents', 'Complaints Desk backups'))).sort()).toEqual([
      'Complaints Desk backup 2026-11-01 090000.cdbackup',
      'Complaints Desk backup 2026-11-29 170000 automatic.cdbackup',
      'Complaints Desk backup 2026-11-30 170000 automatic.cdbackup',
    ]);
    expect(await folder.getSettings()).toMatchObject({ lastAutomaticAt: '2026-12-01T17:00:00.000Z' });
  });

  it('says the disk is full and removes the partial file', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const folder = backupFolder(deps({ create: (file) => open(file, 'wx').then((handle) => ({ write: () => Promise.reject(full), sync: () => handle.sync(), close: () => handle.close() })) }));
    const { writeId } = await folder.begin({ fileName: 'Complaints Desk backup 2026-12-01 170000 automatic.cdbackup', automatic: true });
    await expect(folder.append({ writeId, bytes: new Uint8Array([1]) })).rejects.toThrow(
      'There is not enough space on the disk to save “Complaints Desk backup 2026-12-01 170000 automatic.cdbackup”. Free some space or choose another place; nothing was changed.',
    );
    expect(await readdir(path.join(root, 'Documents', 'Complaints Desk backups'))).toEqual([]);
  });
});

describe('old automatic backup chains', () => {
  const seg = (date: string, chain: string, n: number) => `Complaints Desk backup ${date} chain-${chain}-${String(n).padStart(6, '0')}.cdbackup`;
  it('are deleted whole beyond the newest kept, never a segment of a chain kept', () => {
    const names = [seg('2026-11-01 090000', 'aaaaaaaa', 0), seg('2026-11-02 090000', 'aaaaaaaa', 1), seg('2026-11-20 090000', 'bbbbbbbb', 0), seg('2026-12-01 090000', 'bbbbbbbb', 1), seg('2026-12-02 090000', 'cccccccc', 0), 'Complaints Desk backup 2026-10-01 090000.cdbackup'];
    expect(segmentsOfOldChains(names, 2)).toEqual([seg('2026-11-01 090000', 'aaaaaaaa', 0), seg('2026-11-02 090000', 'aaaaaaaa', 1)]);
    expect(segmentsOfOldChains(names, 3)).toEqual([]);
  });
});
