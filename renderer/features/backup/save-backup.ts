// Makes a backup on demand: into the backups folder in the desktop app, a download in the browser.
import type { Host } from '../../host/desktop-host';
import { db } from '../../store/desk';
import { backupBlob, type BackupProgress } from '../../store/backup/make-backup';
import { backUpToFolder } from './folder-backup';

export interface SavedBackup {
  fileName: string;
  cases: number;
  where: string;
}

export async function saveBackup(host: Host, passphrase: string, onProgress: (p: BackupProgress) => void): Promise<SavedBackup> {
  const { version } = await host.getAppInfo();
  if (host.backups) {
    const saved = await backUpToFolder(host.backups, { automatic: false, appVersion: version, passphrase, onProgress });
    const fileName = saved.savedTo.split(/[\\/]/).pop() ?? saved.savedTo;
    return { fileName, cases: saved.cases, where: saved.savedTo.slice(0, saved.savedTo.length - fileName.length - 1) };
  }
  const made = await backupBlob(db, { now: new Date().toISOString(), appVersion: version, passphrase, onProgress }).catch((error: unknown) => {
    throw new Error(`The backup could not be made: ${error instanceof Error ? error.message : String(error)}. Nothing on the desk was changed.`);
  });
  const bytes = new Uint8Array(await made.blob.arrayBuffer());
  const saved = await host.saveFile({ suggestedName: made.fileName, mimeType: 'application/octet-stream', bytes });
  const where = 'downloaded' in saved ? 'your downloads' : 'savedTo' in saved ? saved.savedTo : '';
  if ('cancelled' in saved) throw new Error('The backup was not saved: no place was chosen.');
  return { fileName: made.fileName, cases: made.description.contents.cases, where };
}
