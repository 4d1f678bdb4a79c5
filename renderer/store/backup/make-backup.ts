// Makes a backup of the whole desk: one export of every table (attachments included), sealed into the backup format.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { sealBackup, type BackupDescription } from '../../../shared/backup/backup-file';
import { BACKUP_FILE_EXTENSION, type BackupKeySource } from '../../../shared/backup/backup-header';
import type { ComplaintsDatabase } from '../db';
import { blobCollector, blobSource } from './blob-bytes';
import { asDeskExport, deskContents, exportTables } from './desk-export';

export type BackupPhase = 'exporting' | 'sealing';
export interface BackupProgress {
  phase: BackupPhase;
  done: number;
  total: number;
}

export interface BackupOptions {
  now: string;
  appVersion: string;
  /** Every backup is encrypted (AES-256-GCM, key from PBKDF2-SHA256): with this passphrase, or the desk backup key. */
  passphrase: string;
  keySource?: BackupKeySource;
  /** Added to the file name, e.g. "automatic". */
  label?: string;
  onProgress?: (progress: BackupProgress) => void;
}

export interface PreparedBackup {
  fileName: string;
  description: BackupDescription;
  /** The file's bytes, piece by piece (a few megabytes each), to write or collect. */
  pieces: AsyncGenerator<Uint8Array>;
}

/** "Complaints Desk backup 2026-12-02 1615.cdbackup", in London time; names sort by date. */
export function backupFileName(createdAt: string, label?: string): string {
  return `Complaints Desk backup ${format(new TZDate(createdAt, 'Europe/London'), 'yyyy-MM-dd HHmmss')}${label ? ` ${label}` : ''}.${BACKUP_FILE_EXTENSION}`;
}

/** Exports the desk in one read transaction, so the counts in the header and the data agree exactly. */
export async function prepareBackup(db: ComplaintsDatabase, options: BackupOptions): Promise<PreparedBackup> {
  const onProgress = options.onProgress ?? (() => undefined);
  const read = await db.transaction('r', db.tables, async () => {
    const contents = await deskContents(db);
    const tables = await exportTables(db, ({ rows, totalRows }) => onProgress({ phase: 'exporting', done: rows, total: totalRows }));
    return { contents, tables };
  });
  const { contents } = read;
  const exported = await asDeskExport(db.name, read.tables);
  const description: BackupDescription = { schemaVersion: db.verno, createdAt: options.now, appVersion: options.appVersion, contents };
  const source = blobSource(exported);
  async function* pieces(): AsyncGenerator<Uint8Array> {
    let done = 0;
    for await (const piece of sealBackup(source, description, { passphrase: options.passphrase, keySource: options.keySource ?? 'passphrase' })) {
      done += piece.length;
      onProgress({ phase: 'sealing', done: Math.min(done, exported.size), total: exported.size });
      yield piece;
    }
  }
  return { fileName: backupFileName(options.now, options.label), description, pieces: pieces() };
}

/** The whole backup as one Blob: for a download in the browser. */
export async function backupBlob(db: ComplaintsDatabase, options: BackupOptions): Promise<{ fileName: string; description: BackupDescription; blob: Blob }> {
  const prepared = await prepareBackup(db, options);
  const collector = blobCollector();
  for await (const piece of prepared.pieces) collector.add(piece);
  return { fileName: prepared.fileName, description: prepared.description, blob: collector.blob() };
}
