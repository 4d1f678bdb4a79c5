// Words for the progress of a backup or a restore.
import type { BackupProgress } from '../../store/backup/make-backup';
import type { RestoreProgress } from '../../store/backup/restore-backup';

export interface ShownProgress {
  label: string;
  /** 0 to 100, or null when the total is not known. */
  percent: number | null;
}

const words: Record<BackupProgress['phase'] | RestoreProgress['phase'], string> = {
  exporting: 'Reading the desk',
  sealing: 'Writing the backup file',
  reading: 'Reading and checking the backup file',
  importing: 'Copying the backup into a new database',
  checking: 'Checking every record of the backup',
  upgrading: 'Bringing the backup up to this version',
};

export function shownProgress(progress: BackupProgress | RestoreProgress): ShownProgress {
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return { label: `${words[progress.phase]}${percent === null ? '…' : ` (${percent}%)`}`, percent };
}
