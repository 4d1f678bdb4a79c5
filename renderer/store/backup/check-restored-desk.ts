// Checks a restored database before the desk is pointed at it: every row against its schema, every case's timeline
// chain, every file against its fingerprint, and the counts against the backup's header.
import Dexie, { type Table } from 'dexie';
import type { BackupContents } from '../../../shared/backup/backup-header';
import type { ComplaintsDatabase } from '../db';
import type { AttachmentBlobRow, AttachmentRow, CaseRow, TimelinePage } from '../schema/records';
import { checkChain } from '../timeline/verify';
import { describeRowProblem, rowSchemas } from './row-schemas';
import { isSealedRow } from '../sealed/sealed-tables';

const CHUNK = 2000;

export type DeskCheck = { ok: true } | { ok: false; problem: string };

/** Reads a table in primary-key order, a chunk per transaction, so a big table never sits in memory whole. */
async function eachChunk<T extends object>(table: Table<T, unknown>, visit: (rows: T[], keys: unknown[], first: number) => Promise<void> | void): Promise<void> {
  let last: unknown = undefined;
  let seen = 0;
  for (;;) {
    const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await collection.limit(CHUNK).toArray();
    if (rows.length === 0) return;
    const keyPath = table.schema.primKey.keyPath ?? '';
    const keys = rows.map((row) => Dexie.getByKeyPath(row, keyPath) as unknown);
    await visit(rows, keys, seen);
    seen += rows.length;
    last = keys[keys.length - 1];
    if (rows.length < CHUNK) return;
  }
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws a Refusal naming the first thing wrong; the caller turns it into the message. */
class Refusal extends Error {}

async function checkRows(db: ComplaintsDatabase, onRows: (rows: number) => void): Promise<void> {
  for (const table of db.tables) {
    const schema = rowSchemas[table.name];
    if (!schema) throw new Refusal(`the backup holds a table (${table.name}) this version of Complaints Desk cannot check`);
    await eachChunk(table, (rows, keys, first) => {
      rows.forEach((row, i) => {
        const parsed = schema.safeParse(row);
        if (!parsed.success) throw new Refusal(describeRowProblem(table.name, first + i, keys[i], parsed.error));
      });
      onRows(rows.length);
    });
  }
}

async function checkTimelines(db: ComplaintsDatabase): Promise<number> {
  let casesWithTimeline = 0;
  /** Cases whose timeline is sealed (a complaint about staff): it exists, and its chain is its readers' to check. */
  const sealedCases = new Set<string>();
  let pending: TimelinePage[] = [];
  const finish = async (pages: TimelinePage[]) => {
    const byCase = new Map<string, TimelinePage[]>();
    // A sealed case's chain is checked by its readers when they open it; GCM's tag guards each sealed page.
    for (const page of pages) {
      if (isSealedRow(page)) sealedCases.add(page.caseId);
      else byCase.set(page.caseId, [...(byCase.get(page.caseId) ?? []), page]);
    }
    const rows = await db.caseRows.bulkGet([...byCase.keys()]);
    [...byCase.entries()].forEach(([caseId, casePages], i) => {
      const row: CaseRow | undefined = rows[i];
      if (!row) throw new Refusal(`the timeline of a case that is not in the backup (case id ${caseId}) was found`);
      const misplaced = casePages.findIndex((p, n) => p.page !== n);
      if (misplaced >= 0) throw new Refusal(`page ${misplaced + 1} of the timeline of case ${row.reference} is missing or out of place`);
      const check = checkChain(caseId, casePages.flatMap((p) => p.events), { seq: row.timelineSeq, hash: row.timelineHash });
      if (!check.ok) throw new Refusal(`the timeline of case ${row.reference} does not verify: ${check.reason}`);
      casesWithTimeline += 1;
    });
  };
  await eachChunk(db.timeline as Table<TimelinePage, unknown>, async (pages) => {
    // A case's pages may straddle two chunks: hold back the last case's pages until the next chunk.
    const all = [...pending, ...pages];
    const lastCase = all[all.length - 1]?.caseId;
    const cut = pages.length === CHUNK ? all.findIndex((p) => p.caseId === lastCase) : all.length;
    pending = all.slice(cut);
    await finish(all.slice(0, cut));
  });
  await finish(pending);
  const sealedRows = await db.caseRows.bulkGet([...sealedCases]);
  const missing = [...sealedCases].find((_, i) => !sealedRows[i]);
  if (missing) throw new Refusal(`the timeline of a case that is not in the backup (case id ${missing}) was found`);
  return casesWithTimeline + sealedCases.size;
}

async function checkFiles(db: ComplaintsDatabase): Promise<void> {
  await eachChunk(db.attachmentBlobs as Table<AttachmentBlobRow, unknown>, async (blobs) => {
    const metadata = await db.attachments.bulkGet(blobs.map((b) => [b.caseId, b.id] as [string, string]));
    for (const [i, stored] of blobs.entries()) {
      if (isSealedRow(stored)) continue;
      const meta: AttachmentRow | undefined = metadata[i];
      if (!meta) throw new Refusal(`a file with no record of it on its case was found (attachment id ${stored.id})`);
      if (stored.blob.size !== meta.sizeBytes || (await sha256Hex(stored.blob)) !== meta.sha256) {
        throw new Refusal(`the file “${meta.name}” does not match its fingerprint: its bytes have changed`);
      }
    }
  });
}

export async function checkRestoredDesk(db: ComplaintsDatabase, expected: BackupContents, onRows: (rows: number) => void = () => undefined): Promise<DeskCheck> {
  try {
    const contents = { cases: await db.cases.count(), customers: await db.customers.count(), attachments: await db.attachmentBlobs.count(), timelinePages: await db.timeline.count() };
    for (const [what, count] of Object.entries(contents)) {
      const promised = expected[what as keyof typeof contents];
      if (count !== promised) throw new Refusal(`it holds ${count} ${what} where its header promises ${promised}`);
    }
    if ((await db.caseRows.count()) !== contents.cases) throw new Refusal('its case list does not match its cases');
    await checkRows(db, onRows);
    const withTimeline = await checkTimelines(db);
    if (withTimeline !== contents.cases) throw new Refusal(`${contents.cases - withTimeline} case(s) have no timeline`);
    await checkFiles(db);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message };
    throw error;
  }
}
