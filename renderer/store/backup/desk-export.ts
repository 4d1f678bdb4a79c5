// The whole desk database as one Dexie export (dexie-export-import), attachments included, the same bytes for the same data.
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import type { BackupContents } from '../../../shared/backup/backup-header';
import { DEFAULT_DATABASE_NAME, type ComplaintsDatabase } from '../db';
import { UNJOURNALLED_TABLES } from '../schema/v21';

export interface ExportProgress {
  rows: number;
  totalRows: number;
}

/**
 * The export names the database it came from; after a restore the desk lives under another IndexedDB name
 * (see active-desk.ts), so the name is written as the desk's own and two exports of the same data are byte-identical.
 */
export async function exportDesk(db: ComplaintsDatabase, onProgress: (progress: ExportProgress) => void = () => undefined): Promise<Blob> {
  return asDeskExport(db.name, await db.transaction('r', db.tables, () => exportTables(db, onProgress)));
}

/**
 * The export as dexie-export-import writes it; runs inside a read transaction over every table, which it marks
 * to read rows as stored: complaints about staff stay sealed in the backup, whoever makes it.
 */
export function exportTables(db: ComplaintsDatabase, onProgress: (progress: ExportProgress) => void = () => undefined): Promise<Blob> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('A desk export runs inside a read transaction over every table');
  db.keyring.markRaw(transaction.idbtrans);
  return exportDB(db, {
    numRowsPerChunk: 1000,
    // The automatic backup chain's journal and bookkeeping belong to this desk's chain alone: a restored desk starts its own.
    skipTables: [...UNJOURNALLED_TABLES],
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress({ rows: completedRows, totalRows: totalRows ?? 0 });
      return true;
    },
  });
}

/** Names the export's database as the desk's own; reads the Blob, so it must run outside any transaction. */
export async function asDeskExport(name: string, exported: Blob): Promise<Blob> {
  if (name === DEFAULT_DATABASE_NAME) return exported;
  const actual = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":${JSON.stringify(name)},`;
  const start = new TextDecoder().decode(await exported.slice(0, new TextEncoder().encode(actual).length).arrayBuffer());
  if (start !== actual) throw new Error('The database export does not start as dexie-export-import writes it');
  const desk = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":${JSON.stringify(DEFAULT_DATABASE_NAME)},`;
  return new Blob([desk, exported.slice(new TextEncoder().encode(actual).length)], { type: exported.type });
}

/** What the backup holds, for the header and the restore's confirmation. */
export async function deskContents(db: ComplaintsDatabase): Promise<BackupContents> {
  return db.transaction('r', db.tables, async () => {
    const [cases, customers, attachments, timelinePages, ...others] = await Promise.all([
      db.cases.count(),
      db.customers.count(),
      db.attachmentBlobs.count(),
      db.timeline.count(),
      ...db.tables.filter((t) => !['cases', 'customers', 'attachmentBlobs', 'timeline', ...UNJOURNALLED_TABLES].includes(t.name)).map((t) => t.count()),
    ]);
    const rows = cases + customers + attachments + timelinePages + others.reduce((a, b) => a + b, 0);
    return { cases, customers, attachments, timelinePages, rows };
  });
}
