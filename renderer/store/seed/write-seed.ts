// Writes generated (or loaded) seed batches into the store: one transaction per batch, bulk adds throughout.
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { childTables } from '../projections/children';
import { savePolicySettings } from '../settings';
import { deskBatches, deskSummary, type DeskPlan, type SeedBatch, type SeedSummary } from './synthetic-desk';

export async function writeSeedBatch(db: ComplaintsDatabase, batch: SeedBatch): Promise<void> {
  const tables = [db.customers, db.cases, db.timeline, db.caseRows, db.attachmentBlobs, ...childTables.map((name) => db.table(name))];
  await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      await Promise.all([
        db.customers.bulkAdd(batch.customers),
        db.cases.bulkAdd(batch.cases),
        db.timeline.bulkAdd(batch.timeline),
        db.caseRows.bulkAdd(batch.rows),
        db.attachmentBlobs.bulkAdd(batch.files.map((f) => ({ caseId: f.caseId, id: f.id, blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type }) }))),
        ...childTables.map((name) => db.table(name).bulkAdd(batch.children[name])),
      ]);
    }),
  );
}

/** Staff, reference counters and settings, written after the last batch. */
export async function writeSeedSummary(db: ComplaintsDatabase, summary: SeedSummary): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.users, db.referenceCounters, db.settings, async () => {
      await db.users.bulkPut(summary.users);
      for (const counter of summary.counters) {
        const stored = await db.referenceCounters.get(counter.year);
        if (!stored || stored.last < counter.last) await db.referenceCounters.put(counter);
      }
      await savePolicySettings(db, summary.settings);
    }),
  );
}

export interface SeedProgress {
  cases: number;
  events: number;
  files: number;
}

/** Generates and writes a whole desk in this thread, reporting progress after each batch. */
export async function seedDesk(db: ComplaintsDatabase, plan: DeskPlan, onProgress: (progress: SeedProgress) => void = () => undefined): Promise<SeedProgress> {
  const progress: SeedProgress = { cases: 0, events: 0, files: 0 };
  for (const batch of deskBatches(plan)) {
    await writeSeedBatch(db, batch);
    progress.cases += batch.cases.length;
    progress.events += batch.eventCount;
    progress.files += batch.files.length;
    onProgress({ ...progress });
  }
  await writeSeedSummary(db, deskSummary(plan));
  return progress;
}
