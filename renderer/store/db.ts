// The desk's IndexedDB database (Dexie): every schema version kept, so a database from any release upgrades.
//
// Design, in short:
// - `cases` holds each case whole (the shared/model ComplaintCase, validated by the workflow); it is the source
//   of truth. Everything else about a case is derived from it in the same transaction that writes it:
//   `caseRows` (one small denormalised row per case: what the list shows, filters and searches on),
//   and the per-case tables conversations, attachments (metadata), consents, holds, referrals (escalation,
//   Ombudsman, consumer agency), improvementActions and letters, each keyed [caseId+id].
// - `timeline` holds each case's events, each carrying the SHA-256 of its canonical JSON and the previous event's
//   hash; the row keeps the chain's head so that events cut off the end are noticed too. Events are stored in pages
//   of up to 20 per record ([caseId+page]): in Chromium every IndexedDB put costs a fixed ~0.15–0.25 ms, so one
//   record per event made 100,000 cases (1.2 million events) take many minutes to load and a case ~12 reads to
//   open; a page is one read. A middleware keeps it append-only: it refuses deletes, and any put that does not
//   keep every stored event of the page exactly as it was. Hashing is synchronous (@noble/hashes) so that it
//   happens inside the IndexedDB transaction, which would auto-commit while awaiting WebCrypto; attachment bytes
//   are hashed with WebCrypto before their transaction starts.
// - Repository functions (cases.ts, case-views.ts, work-queue.ts, search.ts, customers.ts, attachments.ts) take
//   the db, the actor or viewer and `now` explicitly; each is one transaction, and every write runs through
//   guardWrite so a full disk becomes StoreFullError with nothing half-written.
// - Optimistic concurrency: a case's `version` goes up by one with each accepted action; a write naming an
//   older version is refused (a second window), never merged or overwritten.
// - Confidentiality is enforced here, not in the screens: each row stores its case's audience (the policy's
//   caseAudience: roles and ids allowed, ids and roles excluded), every compound index of caseRows starts with the
//   audience's partition, a viewer pages only through the partitions admitting their role plus the few rows naming
//   them by id, and every row returned passes the policy's inAudience (projections/audience.ts). Views of
//   confidential cases go on the timeline.
// - "Overdue" depends on today, so rows store the next deadline's date (dueSort) and queries compare it with
//   today's London date at read time; pages use keyset cursors over index ranges, never a full scan.
// - Version 1: all tables. Version 2: the word index (caseRows.words, customers.nameWords), filled by upgradeToV2.
//   Version 3: drafts and draftFiles (forms typed but not yet saved, per user), new empty tables.
//   Version 4: indexes on the dates a case ends (cases.closeRecord.closedAt and the like) for the retention review.
//   Version 5: the work list's "On hold" and "My cases" indexes (caseRows.onHold, recordedById), filled by upgradeToV5.
//   Version 8: sealed records (docs/sealed-records.md): userKeys, caseKeys, receipts, dutyLog, roleRequests; the
//   sealing middleware (sealed/) seals complaints about staff and drafts on the way in and opens them on the way out.
//   Version 6: indexes partitioned by the case's audience instead of a confidential flag; the rows' audience columns
//   are derived from the rule and rebuilt by one generic upgrade whenever the rule's edition changes.
//   Version 11: an index on each email file's Message-ID.
//   Version 13: the office server's outbox, sync state and purge log (schema/v13.ts), empty until joined; the
//   recorder's receipt is version 8's sealed receipts row.
//   schema/versions.ts lists them; only the versions with an upgrade and the newest are declared to Dexie.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { appendOnlyTimeline } from './schema/append-only';
import { Keyring } from './sealed/keyring';
import { sealingMiddleware } from './sealed/sealing-middleware';
import type { CaseKeyRow, ReceiptRow, StoredUserKeys } from './schema/v8';
import type { DutyLogEntry, RoleRequest } from './duties/duty-records';
import type {
  AttachmentBlobRow,
  AttachmentRow,
  CaseRow,
  ConsentRow,
  ConversationRow,
  HoldRow,
  ImprovementActionRow,
  LetterRow,
  ReferenceCounter,
  ReferralRow,
  SettingRecord,
  StoredCase,
  StoredCustomer,
  TimelinePage,
  StoredUser,
} from './schema/records';
import type { DraftFileRecord, DraftRecord } from './schema/v3';
import type { OutboxRecord, PurgeLogRecord, SyncStateRecord } from './schema/v13';
import { keepAudiencesCurrent } from './schema/audience-rows';
import { AUDIENCE_ROWS_SINCE, declaredVersions, LATEST_SCHEMA_VERSION } from './schema/versions';
import { syncHook } from './sync-hook';
import { changeJournal } from './backup/change-journal';
import type { BackupChainState, BackupFileRecord, ChangeJournalEntry, PendingChainBase } from './schema/v21';
import { forgetJournalWithoutChain } from './backup/journal-trim';

export const DEFAULT_DATABASE_NAME = 'complaints-desk';
export { LATEST_SCHEMA_VERSION };

type CaseKey = [string, string];

export interface ComplaintsDatabaseOptions extends DexieOptions {
  /** Declare only the versions up to this one: for migration tests that build an older database. */
  schemaVersion?: number;
  /** false: rows are read and written as stored, sealed ones sealed (a backup's restore target). */
  sealing?: false;
  /** false: writes are not journalled for the automatic backup chain (a restore target: its chain starts afresh). */
  journal?: false;
}

export class ComplaintsDatabase extends Dexie {
  cases!: Table<StoredCase, string>;
  caseRows!: Table<CaseRow, string>;
  customers!: Table<StoredCustomer, string>;
  timeline!: Table<TimelinePage, [string, number]>;
  conversations!: Table<ConversationRow, CaseKey>;
  attachments!: Table<AttachmentRow, CaseKey>;
  attachmentBlobs!: Table<AttachmentBlobRow, CaseKey>;
  consents!: Table<ConsentRow, CaseKey>;
  holds!: Table<HoldRow, CaseKey>;
  referrals!: Table<ReferralRow, CaseKey>;
  improvementActions!: Table<ImprovementActionRow, CaseKey>;
  letters!: Table<LetterRow, CaseKey>;
  users!: Table<StoredUser, string>;
  settings!: Table<SettingRecord, string>;
  referenceCounters!: Table<ReferenceCounter, number>;
  drafts!: Table<DraftRecord, [string, string]>;
  draftFiles!: Table<DraftFileRecord, string>;
  userKeys!: Table<StoredUserKeys, string>;
  caseKeys!: Table<CaseKeyRow, [string, string]>;
  receipts!: Table<ReceiptRow, string>;
  dutyLog!: Table<DutyLogEntry, number>;
  roleRequests!: Table<RoleRequest, string>;
  /** This window's keys, in memory only (sealed/keyring.ts). */
  readonly keyring = new Keyring();
  outbox!: Table<OutboxRecord, number>;
  syncState!: Table<SyncStateRecord, string>;
  purgeLog!: Table<PurgeLogRecord, number>;
  changeJournal!: Table<ChangeJournalEntry, number>;
  backupChain!: Table<BackupChainState | PendingChainBase, string>;
  backupFiles!: Table<BackupFileRecord, string>;

  constructor(name = DEFAULT_DATABASE_NAME, options: ComplaintsDatabaseOptions = {}) {
    const { schemaVersion = LATEST_SCHEMA_VERSION, sealing, journal, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const { version, stores, upgrade } of declaredVersions(schemaVersion)) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(appendOnlyTimeline);
    if (journal !== false) this.use(changeJournal);
    // Rows derived under an older edition of the rule of who may see a case are rebuilt before any query runs.
    if (schemaVersion >= AUDIENCE_ROWS_SINCE) this.on('ready', (vip) => keepAudiencesCurrent(vip), true);
    if (sealing !== false) this.use(sealingMiddleware(this.keyring));
    this.on('ready', async () => {
      if (!this.tables.some((t) => t.name === 'caseKeys')) return;
      for (const key of (await this.caseKeys.toCollection().primaryKeys()) as unknown as [string, string][]) this.keyring.sealedCases.add(key[0]);
    });
    if (journal !== false) this.on('ready', (vip) => forgetJournalWithoutChain(vip), true);
  }
}

/** The tables a change to a case writes, all in one transaction (on a joined desk, with the sync outbox's). */
export function caseWriteTables(db: ComplaintsDatabase) {
  return [
    ...(syncHook()?.tables(db) ?? []),
    db.cases,
    db.caseRows,
    db.customers,
    db.timeline,
    db.settings,
    db.users,
    db.conversations,
    db.attachments,
    db.consents,
    db.holds,
    db.referrals,
    db.improvementActions,
    db.letters,
    // Schema version 8; absent from a database opened at an older version (migration tests).
    ...(db.caseKeys ? [db.caseKeys, db.receipts] : []),
  ];
}
