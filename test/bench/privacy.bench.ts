// Benchmark: the retention review and anonymising one case, on a synthetic desk of 10 years' cases (fake-indexeddb in
// Node, so the figures compare the index read with a full read of the same store rather than promise Chromium times).
import 'fake-indexeddb/auto';
import { ComplaintsDatabase } from '../../renderer/store/db';
import { anonymiseStoredCase, listCasesPastRetention } from '../../renderer/store/retention';
import { seedDesk } from '../../renderer/store/seed/write-seed';
import { deskPlan } from '../../renderer/store/seed/synthetic-desk';
import { retentionStatus } from '../../shared/policy/privacy/retention';

const CASES = Number(process.env.PRIVACY_BENCH_CASES ?? 10_000);
const AS_OF = '2026-11-20T16:00:00.000Z';
const NOW = '2026-11-30T10:00:00.000Z';
const RUNS = 5;
const manager = { userId: 'bench-manager', role: 'complaints-manager' as const };

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const db = new ComplaintsDatabase(`privacy-bench-${Date.now()}`);
await db.open();
process.stderr.write(`seeding ${CASES} cases over 10 years…\n`);
await seedDesk(db, deskPlan({ cases: CASES, asOf: AS_OF, years: 10 }));

const indexed: number[] = [];
const scanned: number[] = [];
let found = 0;
for (let i = 0; i < RUNS; i += 1) {
  const review = await timed(() => listCasesPastRetention(db, manager, NOW));
  indexed.push(review.ms);
  found = review.value.rows.length;
  const scan = await timed(async () => (await db.cases.toArray()).filter((c) => retentionStatus(c, 6, NOW).status === 'past-retention').length);
  scanned.push(scan.ms);
  if (scan.value !== found) throw new Error(`The index read found ${found} cases, a full read ${scan.value}`);
}
console.log(JSON.stringify({ figure: 'privacy.retentionReview', cases: CASES, pastRetention: found, ms: Math.round(median(indexed)), fullReadMs: Math.round(median(scanned)) }));

const review = await listCasesPastRetention(db, manager, NOW);
const anonymised: number[] = [];
for (const row of review.rows.slice(0, RUNS)) {
  const result = await timed(() => anonymiseStoredCase(db, row.caseId, row.version, manager, NOW));
  if (!result.value.ok) throw new Error(result.value.missing.join('; '));
  anonymised.push(result.ms);
}
console.log(JSON.stringify({ figure: 'privacy.anonymiseCase', cases: anonymised.length, ms: Math.round(median(anonymised)) }));
db.close();
