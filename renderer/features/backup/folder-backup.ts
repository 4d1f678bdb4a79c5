// Writes a backup into the desktop app's backups folder, a few megabytes at a time, and says when one is due.
import type { BackupBridge } from '../../host/desktop-host';
import { db } from '../../store/desk';
import { prepareBackup, type BackupProgress } from '../../store/backup/make-backup';
import { prepareChainSegment } from '../../store/backup/chain-segment';
import type { BackupKeySource } from '../../../shared/backup/backup-header';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Daily: due when there has been no automatic backup, or the last one is a day old. */
export function automaticBackupDue(lastAutomaticAt: string | null, now: Date): boolean {
  return lastAutomaticAt === null || now.getTime() - Date.parse(lastAutomaticAt) >= DAY_MS;
}

export interface FolderBackup {
  savedTo: string;
  cases: number;
  removed: string[];
}

/** Automatic backups are sealed with the desk backup key (no one is there to type a passphrase); others with the passphrase given. */
async function sealingFor(bridge: BackupBridge, options: { automatic: boolean; passphrase?: string | undefined }): Promise<{ passphrase: string; keySource: BackupKeySource }> {
  if (!options.automatic) {
    if (!options.passphrase) throw new Error('Every backup is encrypted: give a passphrase.');
    return { passphrase: options.passphrase, keySource: 'passphrase' };
  }
  const key = await bridge.getDeskBackupKey();
  if (!key.available) throw new Error(key.reason);
  return { passphrase: key.key, keySource: 'desk-key' };
}

/** Writes pieces into a new file of the folder; the file is kept only when every piece was written. */
async function writeFile(bridge: BackupBridge, fileName: string, automatic: boolean, pieces: AsyncGenerator<Uint8Array>): Promise<{ savedTo: string; removed: string[] }> {
  const { writeId } = await bridge.beginBackupFile({ fileName, automatic });
  try {
    for await (const bytes of pieces) await bridge.appendBackupFile({ writeId, bytes: bytes as Uint8Array<ArrayBuffer> });
  } catch (error) {
    await bridge.finishBackupFile({ writeId, keepFile: false }).catch(() => undefined);
    throw error;
  }
  const finished = await bridge.finishBackupFile({ writeId, keepFile: true });
  if ('discarded' in finished) throw new Error('The backup was not kept.');
  return finished;
}

/**
 * The automatic backup: the next segment of the desk's backup chain (store/backup/chain-segment.ts), so the daily
 * and on-quit backups write only what changed. Null when nothing changed since the last one.
 */
export async function backUpChainToFolder(bridge: BackupBridge, options: { appVersion: string; onProgress?: (p: BackupProgress) => void }): Promise<FolderBackup | null> {
  const key = await bridge.getDeskBackupKey();
  if (!key.available) throw new Error(key.reason);
  const prepared = await prepareChainSegment(db, {
    now: new Date().toISOString(),
    appVersion: options.appVersion,
    deskKey: key.key,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (!prepared) return null;
  const finished = await writeFile(bridge, prepared.fileName, true, prepared.pieces);
  await prepared.commit();
  return { savedTo: finished.savedTo, cases: prepared.description.contents.cases, removed: finished.removed };
}

export async function backUpToFolder(
  bridge: BackupBridge,
  options: { automatic: boolean; appVersion: string; passphrase?: string | undefined; onProgress?: (p: BackupProgress) => void },
): Promise<FolderBackup> {
  const sealing = await sealingFor(bridge, options);
  const prepared = await prepareBackup(db, {
    now: new Date().toISOString(),
    appVersion: options.appVersion,
    ...sealing,
    ...(options.automatic ? { label: 'automatic' } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const finished = await writeFile(bridge, prepared.fileName, options.automatic, prepared.pieces);
  return { savedTo: finished.savedTo, cases: prepared.description.contents.cases, removed: finished.removed };
}
