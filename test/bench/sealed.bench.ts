// Benchmark: sealed records against the same desk stored in clear (fake-indexeddb in Node, so the figures compare
// the two stores, not promise Chromium times): the manager's work list (first page, cold and warm), a search,
// opening a confidential case, and sign-in's key unlock. SEALED_BENCH_CASES sets the desk's size; the share of
// complaints about staff is the (5,000 among 100,000). The two desks are measured turn about, so that a
// machine busy with something else slows both alike.
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
// The desk: 5,000 complaints about staff among 100,000 cases, 5% (the synthetic default is about 1.6%).
const STAFF_SHARE = Number(process.env.SEALED_BENCH_STAFF_SHARE ?? 0.06);
const NOW = '2026-11-30T10:00:00.000Z';
const RUNS = 15;
const TARGET_RATIO = 1.5;
const manager = { userId: 'manager-1', role: 'complaints-manager' as const };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function desk(sealing: boolean): Promise<ComplaintsDatabase> {
  const db = new ComplaintsDatabase(`sealed-bench-${sealing ? 'sealed' : 'clear'}-${Date.now()}`, sealing ? {} : { sealing: false });
  await db.open();
  await seedDesk(db, deskPlan({ cases: CASES, seed: 5, staffShare: STAFF_SHARE }));
  return db;
}

async function signIn(db: ComplaintsDatabase): Promise<number> {
  const record = await db.userKeys.get(manager.userId);
  if (!record) throw new Error('the seed made no keys for manager-1');
  return timed(async () => startKeySession(db, await unlockUserKeys(record, SEED_PASSWORD), NOW));
}

process.stderr.write(`seeding two desks of ${CASES} cases (one sealed, one in clear)…\n`);
const desks = { clear: await desk(false), sealed: await desk(true) } as const;
const names = ['clear', 'sealed'] as const;
type Figures = Record<'signIn' | 'workListCold' | 'workListWarm' | 'search' | 'openConfidential', number[]>;
const figures = Object.fromEntries(names.map((n) => [n, { signIn: [], workListCold: [], workListWarm: [], search: [], openConfidential: [] }])) as unknown as Record<(typeof names)[number], Figures>;
const firstPage = (db: ComplaintsDatabase) => () => listWorkQueue(db, { includeFinished: true }, manager, NOW, { limit: 50 });
for (const name of names) {
  figures[name].signIn.push(await signIn(desks[name]));
  figures[name].workListCold.push(await timed(firstPage(desks[name])));
}
// The same seed gives both desks the same case ids; each run opens a case neither session has opened yet.
const confidential = (await desks.clear.caseRows.filter((row) => row.confidential === 1).primaryKeys()).map(String);
if (confidential.length < RUNS) throw new Error(`only ${confidential.length} complaints about staff: raise SEALED_BENCH_CASES`);
for (let i = 0; i < RUNS; i += 1) {
  for (const name of i % 2 === 0 ? names : [...names].reverse()) {
    const db = desks[name];
    figures[name].workListWarm.push(await timed(firstPage(db)));
    figures[name].search.push(await timed(() => searchCases(db, 'refund', manager, NOW)));
    figures[name].openConfidential.push(await timed(() => openCase(db, confidential[i]!, manager, NOW)));
  }
}
const summary = (name: (typeof names)[number]) => Object.fromEntries(Object.entries(figures[name]).map(([k, v]) => [`${k}Ms`, Math.round(median(v) * 10) / 10]));
for (const name of names) console.log(JSON.stringify({ figure: `sealed.${name}`, cases: CASES, confidential: confidential.length, runs: RUNS, ...summary(name) }));
const ratio = (k: keyof Figures) => Math.round((median(figures.sealed[k]) / Math.max(0.1, median(figures.clear[k]))) * 100) / 100;
const ratios = { workListWarm: ratio('workListWarm'), search: ratio('search'), openConfidential: ratio('openConfidential') };
console.log(JSON.stringify({ figure: 'sealed.ratio', cases: CASES, confidential: confidential.length, targetRatio: TARGET_RATIO, ...ratios, ok: ratios.workListWarm <= TARGET_RATIO && ratios.openConfidential <= TARGET_RATIO }));
