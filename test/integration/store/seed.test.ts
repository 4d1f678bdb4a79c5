// The synthetic desk: deterministic, every case valid for the model, chains intact, references unique once written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { complaintCase, customer as customerSchema } from '../../../shared/model';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { deskBatches, deskPlan, deskSummary, generateBatch } from '../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../renderer/store/seed/write-seed';
import { decodeSeedLine, encodeSeedBatch, encodeSeedHeader, encodeSeedSummary, loadSeedLines } from '../../../renderer/store/seed/seed-file';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { deleteAll, freshDb } from './store-fixtures';

afterEach(deleteAll);

describe('the synthetic desk', () => {
  const plan = deskPlan({ cases: 400, batchSize: 100, seed: 11 });

  it('is the same every time for the same seed, whatever order batches are made in', () => {
    const again = deskPlan({ cases: 400, batchSize: 100, seed: 11 });
    expect(JSON.stringify(generateBatch(again, 2))).toBe(JSON.stringify(generateBatch(plan, 2)));
    expect(generateBatch(deskPlan({ cases: 400, batchSize: 100, seed: 12 }), 2).cases[0]?.id).not.toBe(generateBatch(plan, 2).cases[0]?.id);
  });

  it('holds only cases and customers the model accepts, about ten events a case, and a few files', () => {
    const batches = [...deskBatches(plan)];
    const cases = batches.flatMap((b) => b.cases);
    for (const c of cases) expect(complaintCase.safeParse(c).error?.issues ?? []).toEqual([]);
    for (const c of batches.flatMap((b) => b.customers)) expect(customerSchema.safeParse(c).success).toBe(true);
    const events = batches.reduce((n, b) => n + b.eventCount, 0);
    expect(batches.reduce((n, b) => n + b.timeline.length, 0)).toBeLessThan(events / 5);
    expect(events / cases.length).toBeGreaterThan(8);
    expect(events / cases.length).toBeLessThan(15);
    expect(new Set(cases.map((c) => c.reference)).size).toBe(400);
    expect(new Set(cases.map((c) => c.stage)).size).toBeGreaterThan(5);
  });

  it('writes a desk whose timelines verify and whose counters continue after the last reference', async () => {
    const db = await freshDb();
    const progress: number[] = [];
    expect(await seedDesk(db, plan, (p) => progress.push(p.cases))).toMatchObject({ cases: 400 });
    expect(progress).toEqual([100, 200, 300, 400]);
    for (const c of (await db.cases.limit(40).toArray())) expect((await verifyTimeline(db, c.id)).ok).toBe(true);
    const counters = await db.referenceCounters.toArray();
    expect(counters).toEqual(deskSummary(plan).counters);
    const page = await listWorkQueue(db, { includeFinished: true }, { userId: 'manager-1', role: 'complaints-manager' }, plan.asOf, { limit: 10 });
    expect(page.items).toHaveLength(10);
  });

  it('survives the seed file format unchanged, and loads from it', async () => {
    const small = deskPlan({ cases: 60, batchSize: 25, seed: 3 });
    const batch = generateBatch(small, 0);
    const decoded = decodeSeedLine(encodeSeedBatch(batch));
    expect(decoded.kind === 'batch' && JSON.stringify(decoded.batch)).toBe(JSON.stringify(batch));
    const lines = [encodeSeedHeader({ cases: 60, seed: 3, asOf: small.asOf }), ...[...deskBatches(small)].map(encodeSeedBatch), encodeSeedSummary(deskSummary(small)), ''];
    const db = await freshDb();
    expect(await loadSeedLines(db, lines)).toMatchObject({ cases: 60 });
    expect(await db.caseRows.count()).toBe(60);
    expect(await db.referenceCounters.toArray()).toEqual(deskSummary(small).counters);
    expect(() => decodeSeedLine('{"kind":"header","format":"something-else"}')).toThrow('This is not a Complaints Desk seed file');
  });
});
