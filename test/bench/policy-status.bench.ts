// Benchmark: the deadline status of 100,000 cases at one instant, as the work list computes it.
import { caseDeadlineStatus, type DeadlineFacts } from '../../shared/policy/case-status';
import type { PolicySettings } from '../../shared/policy/calendar';

const CASES = 100_000;
const TARGET_MS = 250;
const RUNS = 5;
const DAY_MS = 86_400_000;

// mulberry32: a small seeded PRNG so every run measures the same cases.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function buildCases(): DeadlineFacts[] {
  const random = prng(20_261_123);
  const from = Date.UTC(2024, 0, 1);
  const to = Date.UTC(2028, 0, 1);
  const at = (ms: number) => new Date(ms).toISOString();
  const cases: DeadlineFacts[] = [];
  for (let i = 0; i < CASES; i += 1) {
    const received = from + Math.floor(random() * (to - from));
    const facts: DeadlineFacts = { receivedAt: at(received) };
    if (random() < 0.1) {
      const start = received + Math.floor(random() * 10) * DAY_MS;
      const open = random() < 0.2;
      facts.holds = [{ from: isoDate(start), ...(open ? {} : { to: isoDate(start + Math.floor(random() * 20) * DAY_MS) }) }];
      if (random() < 0.3) {
        const second = start + Math.floor(random() * 15) * DAY_MS;
        facts.holds = [...facts.holds, { from: isoDate(second), to: isoDate(second + 5 * DAY_MS) }];
      }
    }
    if (random() < 0.05) facts.firstContactResolvedAt = at(received + 3_600_000);
    else {
      if (random() < 0.85) facts.acknowledgedAt = at(received + Math.floor(random() * 5) * DAY_MS);
      if (random() < 0.6) facts.resolvedAt = at(received + Math.floor(random() * 30) * DAY_MS);
      if (random() < 0.2) {
        facts.delayNoticeSentAt = at(received + Math.floor(random() * 16) * DAY_MS);
        facts.delayNoticeExpectedBy = isoDate(received + 30 * DAY_MS);
      }
      if (random() < 0.1) facts.eightWeekLetterSentAt = at(received + 56 * DAY_MS);
      if (random() < 0.05) facts.deadlockLetterSentAt = at(received + 40 * DAY_MS);
      if (random() < 0.3) facts.closedAt = at(received + 45 * DAY_MS);
      else if (random() < 0.03) facts.withdrawnAt = at(received + 8 * DAY_MS);
    }
    cases.push(facts);
  }
  return cases;
}

function timeAll(cases: readonly DeadlineFacts[], settings: PolicySettings, now: string): number {
  const started = performance.now();
  let breaches = 0;
  for (const facts of cases) if (caseDeadlineStatus(facts, settings, now).breach) breaches += 1;
  const elapsed = performance.now() - started;
  // Use the result so the loop cannot be optimised away.
  if (breaches < 0) throw new Error('impossible');
  return elapsed;
}

const settings: PolicySettings = { nation: 'england-and-wales', closures: ['2026-12-24', '2026-12-31', '2027-12-24'] };
const now = '2027-06-15T11:30:00+01:00';
const cases = buildCases();

timeAll(cases, settings, now); // warm up: JIT, holiday tables, date caches
timeAll(cases, settings, now);
const runs = Array.from({ length: RUNS }, () => timeAll(cases, settings, now)).sort((a, b) => a - b);
const median = runs[Math.floor(RUNS / 2)] ?? Number.NaN;
console.log(JSON.stringify({ figure: 'policy.caseStatus', cases: CASES, ms: Math.round(median * 10) / 10, targetMs: TARGET_MS }));
