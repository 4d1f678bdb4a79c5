// Schema version 21 (issue 15, backups that finish): the change journal that incremental automatic backups read,
// the automatic backup chain's state, and the fingerprints of the files the chain already holds.
//
// Why a journal rather than a change counter or updatedAt index on every table: a journal entry is written by one
// Dexie middleware (backup/change-journal.ts) for every put, add, delete and range delete on any table, inside the
// writing transaction, so every write path (repositories, sync pulls, purges, key rotation, upgrades' later
// repairs) is caught without each remembering to bump a counter; deletions are caught as they happen, with no
// tombstone rows left in the tables; no row changes shape (the row schemas, the sealed envelopes' additional data
// and the office server's rows stay as they are); and no table needs a new index. Its cost is one small add per
// written row; entries the chain has saved are deleted after each backup, and a desk with no chain keeps none.
export const storesV21: Record<string, string> = {
  /** One entry per row written or deleted: the table and the row's primary key. */
  changeJournal: '++seq',
  /** The automatic backup chain this desk is writing (one row, key 'automatic'). */
  backupChain: 'key',
  /** SHA-256 of every file the chain already holds: a file is written into the chain once. */
  backupFiles: 'digest',
};

export const CHANGE_JOURNAL = 'changeJournal';
/** Tables whose writes are not journalled: the journal itself and the chain's own bookkeeping. */
export const UNJOURNALLED_TABLES: readonly string[] = [CHANGE_JOURNAL, 'backupChain', 'backupFiles'];

export interface ChangeJournalEntry {
  seq?: number;
  table: string;
  key: unknown;
}

export interface BackupChainState {
  key: 'automatic';
  /** The chain's id (a UUID): every segment names it. */
  chainId: string;
  /** The next segment's number (0 is the base). */
  nextIndex: number;
  /** The header digest of the last segment written: the next one names it. */
  lastDigest: string;
  /** The last journal entry the chain holds. */
  through: number;
  /** The database version the chain's rows were written under: another version starts a new chain. */
  schemaVersion: number;
  /** The PBKDF2 salt every segment of the chain shares (hexadecimal), so a restore derives the key once. */
  salt: string;
  /** The file name of the chain's base: the folder is asked that it is still there before adding to it. */
  baseFileName: string;
  startedAt: string;
}

export interface BackupFileRecord {
  digest: string;
}

/**
 * Written in the base's snapshot transaction, before the base's file is written: while it is there, the journal
 * is kept (the entries after the snapshot belong to the chain being started).
 */
export interface PendingChainBase {
  key: 'pending';
  chainId: string;
  through: number;
}
