// The rows derived from the policy's rule of who may see a case: rebuilt by one generic upgrade whenever the rule
// changes (CASE_AUDIENCE_RULE goes up), never by a schema version written for the change.
import type { Dexie, Table } from 'dexie';
import { CASE_AUDIENCE_RULE } from '../../../shared/policy';
import { audienceColumns } from '../projections/audience';
import { isSealedRow } from '../sealed/sealed-tables';
import type { CaseRow, StoredCase } from './records';

/** Cases read per batch while rebuilding: bounded memory on a desk of any size. */
const BATCH = 2000;

interface AudienceTables {
  cases: Table<StoredCase, string>;
  caseRows: Table<CaseRow, string>;
}

const tablesOf = (db: { table(name: string): Table }): AudienceTables => ({
  cases: db.table('cases') as Table<StoredCase, string>,
  caseRows: db.table('caseRows') as Table<CaseRow, string>,
});

/** Rewrites the audience columns of the rows of cases `ids` from the cases themselves; returns how many. */
export async function rebuildAudiences({ cases, caseRows }: AudienceTables, ids: readonly string[]): Promise<number> {
  let rebuilt = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const [found, rows] = await Promise.all([cases.bulkGet(batch), caseRows.bulkGet(batch)]);
    const next = rows.flatMap((row, i) => {
      const c = found[i];
      // A complaint about staff read without its key (a restore) is ciphertext: its row keeps the audience it was
      // sealed with, and only a reader holding a wrap of its key can open it whatever the row says.
      if (c && isSealedRow(c)) return [];
      return row && c ? [{ ...row, ...audienceColumns(c) }] : [];
    });
    await caseRows.bulkPut(next);
    rebuilt += next.length;
  }
  return rebuilt;
}

/** Every row of the desk (schema version 6's upgrade, and a restored backup, whose rows are never trusted for it). */
export async function rebuildAllAudiences(db: { table(name: string): Table }): Promise<void> {
  const tables = tablesOf(db);
  await rebuildAudiences(tables, await tables.caseRows.toCollection().primaryKeys());
}

/**
 * Run each time the database opens: rows derived under another edition of the rule are rebuilt before any query
 * runs (Dexie holds other queries until this resolves). Reads one index key when every row is current.
 */
export async function keepAudiencesCurrent(db: Dexie): Promise<number> {
  const tables = tablesOf(db);
  const stale = () => tables.caseRows.where('audienceRule').noneOf([CASE_AUDIENCE_RULE]);
  if ((await stale().limit(1).primaryKeys()).length === 0) return 0;
  return db.transaction('rw', [tables.cases, tables.caseRows], async () => rebuildAudiences(tables, await stale().primaryKeys()));
}
