// Writes generated (or loaded) seed batches into the store: one transaction per batch, bulk adds throughout.
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { childTables } from '../projections/children';
import type { User } from '../../../shared/model';
import { prepareSeedKeys, sealSeedBatch, seedBlob } from './seed-keys';
import { savePolicySettings } from '../settings/policy-calendar';
import { deskBatches, deskSummary, type DeskPlan, type SeedBatch, type SeedSummary } from './synthetic-desk';

/**
 * Writes one batch; its complaints about staff are sealed for every reader whose keys prepareSeedKeys unlocked
 * here (`users`: the desk's staff, to know who may read each case).
 */
export async function writeSeedBatch(db: ComplaintsDatabase, batch: SeedBatch, users: readonly User[] = [], now = new Date().toISOString()): Promise<void> {
  const tables = [db.customers, db.cases, db.timeline, db.caseRows, db.attachmentBlobs, db.caseKeys, ...childTables.map((name) => db.table(name))];
  const caseKeys = sealSeedBatch(db, batch, users, now);
  await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      await Promise.all([
        db.caseKeys.bulkPut(caseKeys),
        db.customers.bulkAdd(batch.customers),
        db.cases.bulkAdd(batch.cases),
        db.timeline.bulkAdd(batch.timeline),
        db.caseRows.bulkAdd(batch.rows),
        db.attachmentBlobs.bulkAdd(batch.files.map((f) => ({ caseId: f.caseId, id: f.id, blob: seedBlob(f.bytes, f.type) }))),
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
  const { users } = deskSummary(plan);
  await prepareSeedKeys(db, users, new Date().toISOString());
  for (const batch of deskBatches(plan)) {
    await writeSeedBatch(db, batch, users);
    progress.cases += batch.cases.length;
    progress.events += batch.eventCount;
    progress.files += batch.files.length;
    onProgress({ ...progress });
  }
  await writeSeedSummary(db, deskSummary(plan));
  return progress;
}
