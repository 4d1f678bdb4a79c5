// Benchmark: the complaints report over 100,000 cases in one period, as the Reports screen aggregates them.
// The cases are made by the synthetic desk's case lives (every step through the real workflow), so they hold
// frozen deadline records, holds, remedies and improvement actions as real ones do. Making 100,000 that way takes
// minutes on a small machine, so REPORTS_BENCH_DISTINCT distinct lives are made and deep-copied under new ids:
// each of the 100,000 is its own object graph, as cases read from IndexedDB are, and nothing is cached per case.
import { formatCaseReference, type ComplaintCase } from '../../shared/model';
import type { PolicySettings } from '../../shared/policy';
import { complaintReport } from '../../shared/reports';
import { caseLife, type Fate } from '../../renderer/store/seed/case-life';
import { Random } from '../../renderer/store/seed/random';
import { syntheticStaff } from '../../renderer/store/seed/staff';

const CASES = Number(process.env.REPORTS_BENCH_CASES ?? 100_000);
const DISTINCT = Math.min(CASES, Number(process.env.REPORTS_BENCH_DISTINCT ?? 5000));
const TARGET_MS = 1000;
const RUNS = 5;
const DAY = 86_400_000;
const AS_OF = '2026-11-20T16:00:00.000Z';
const PERIOD = { from: '2024-11-01', to: '2026-11-20' };
const settings: PolicySettings = { nation: 'england-and-wales', closures: ['2025-12-24', '2026-12-24'] };

function distinctCases(): ComplaintCase[] {
  const random = new Random(20_261_120);
  const staff = syntheticStaff(new Random(20_261_121));
  const asOfMs = Date.parse(AS_OF);
  const ctx = { random, settings, asOfMs, staff };
  const cases: ComplaintCase[] = [];
  for (let i = 0; i < DISTINCT; i += 1) {
    const receivedMs = asOfMs - Math.floor(random.next() * 730 * DAY) - 3_600_000;
    const fate: Fate = random.weighted({ normal: 80, firstContact: 11, withdrawn: 3, enquiry: 2, stall: asOfMs - receivedMs < 60 * DAY ? 25 : 0.4 });
    const year = new Date(receivedMs).getUTCFullYear();
    const ids = { id: random.uuid(), reference: formatCaseReference(year, i + 1), customerId: `customer-${i}`, customerName: 'Synthetic Customer' };
    cases.push(caseLife(ctx, ids, receivedMs, fate).case);
  }
  return cases;
}

function allCases(distinct: readonly ComplaintCase[]): ComplaintCase[] {
  return Array.from({ length: CASES }, (_, i) => {
    const c = distinct[i % distinct.length]!;
    return i < distinct.length ? c : { ...structuredClone(c), id: `${c.id}-${i}` };
  });
}

/** Wall-clock and CPU milliseconds: on a shared machine the wall clock also counts time waiting for a core. */
function timeReport(cases: readonly ComplaintCase[]): { ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = complaintReport(cases, PERIOD, settings, AS_OF);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  if (report.complaints + report.enquiries.total !== cases.length) throw new Error(`The report counted ${report.complaints + report.enquiries.total} of ${cases.length} cases`);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const tenths = (value: number) => Math.round(value * 10) / 10;

const madeAt = performance.now();
const cases = allCases(distinctCases());
process.stderr.write(`  made ${DISTINCT.toLocaleString('en-GB')} case lives in ${Math.round(performance.now() - madeAt)} ms\n`);

timeReport(cases); // warm up: JIT, holiday tables, date caches
const runs = Array.from({ length: RUNS }, () => timeReport(cases));
console.log(
  JSON.stringify({
    figure: 'reports.complaintReport',
    cases: CASES,
    distinctCases: DISTINCT,
    ms: tenths(median(runs.map((r) => r.ms))),
    cpuMs: tenths(median(runs.map((r) => r.cpuMs))),
    targetMs: TARGET_MS,
  }),
);
