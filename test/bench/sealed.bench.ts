// Benchmark: sealed records against the same desk stored in clear (fake-indexeddb in Node, so the figures compare
// the two stores, not promise Chromium times): the manager's work list (first page, cold and warm), a search,
// opening a confidential case, and sign-in's key unlock. SEALED_BENCH_CASES sets the desk's size.
import 'fake-indexeddb/auto';
import { ComplaintsDatabase } from '../../renderer/store/db';
import { openCase } from '../../renderer/store/case-views';
import { searchCases } from '../../renderer/store/search';
import { listWorkQueue } from '../../renderer/store/work-queue';
import { startKeySession } from '../../renderer/store/sealed/case-keys';
import { SEED_PASSWORD } from '../../renderer/store/seed/seed-keys';
import { seedDesk } from '../../renderer/store/seed/write-seed';
import { deskPlan } from '../../renderer/store/seed/synthetic-desk';
import { unlockUserKeys } from '../../shared/sealed';

const CASES = Number(process.env.SEALED_BENCH_CASES ?? 4000);
const NOW = '2026-11-30T10:00:00.000Z';
const RUNS = 5;
const manager = { userId: 'manager-1', role: 'complaints-manager' as const };

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function desk(sealing: boolean): Promise<ComplaintsDatabase> {
  const db = new ComplaintsDatabase(`sealed-bench-${sealing ? 'sealed' : 'clear'}-${Date.now()}`, sealing ? {} : { sealing: false });
  await db.open();
  await seedDesk(db, deskPlan({ cases: CASES, seed: 5 }));
  return db;
}

async function figures(db: ComplaintsDatabase, label: string) {
  const record = await db.userKeys.get(manager.userId);
  if (!record) throw new Error('the seed made no keys for manager-1');
  const signIn = await timed(async () => startKeySession(db, await unlockUserKeys(record, SEED_PASSWORD), NOW));
  const cold = await timed(() => listWorkQueue(db, { includeFinished: true }, manager, NOW, { limit: 50 }));
  const warm: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    warm.push(await timed(() => listWorkQueue(db, { includeFinished: true }, manager, NOW, { limit: 50 })));
    search.push(await timed(() => searchCases(db, 'refund', manager, NOW)));
  }
  const confidential = await db.caseRows.where('[confidential+dueSort+reference]').between([1, -Infinity, -Infinity], [1, [], []]).primaryKeys();
  const open: number[] = [];
  for (const caseId of confidential.slice(0, RUNS)) open.push(await timed(() => openCase(db, String(caseId), manager, NOW)));
  return { label, cases: CASES, confidential: confidential.length, signInMs: Math.round(signIn), workListColdMs: Math.round(cold), workListWarmMs: Math.round(median(warm)), searchMs: Math.round(median(search)), openConfidentialMs: Math.round(median(open)) };
}

process.stderr.write(`seeding two desks of ${CASES} cases (one sealed, one in clear)…\n`);
const clear = await figures(await desk(false), 'clear');
const sealed = await figures(await desk(true), 'sealed');
for (const f of [clear, sealed]) console.log(JSON.stringify({ figure: `sealed.${f.label}`, ...f }));
console.log(JSON.stringify({ figure: 'sealed.ratio', workListWarm: +(sealed.workListWarmMs / Math.max(1, clear.workListWarmMs)).toFixed(2), search: +(sealed.searchMs / Math.max(1, clear.searchMs)).toFixed(2), openConfidential: +(sealed.openConfidentialMs / Math.max(1, clear.openConfidentialMs)).toFixed(2) }));
