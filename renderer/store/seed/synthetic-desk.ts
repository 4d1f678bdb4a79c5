// Generates a synthetic desk batch by batch: customers, cases with chained timelines, list rows, per-case rows, files.
import { formatCaseReference, type ComplaintCase, type User } from '../../../shared/model';
import { londonDate, type PolicySettings } from '../../../shared/policy';
import { storedCustomer } from '../customers';
import { caseRowOf } from '../projections/case-row';
import { childRowsOf, childTables, type CaseChildren } from '../projections/children';
import type { CaseRow, ReferenceCounter, StoredCustomer, TimelinePage } from '../schema/records';
import { DEFAULT_POLICY_SETTINGS } from '../settings/policy-calendar';
import { chainEvents } from '../timeline/chain';
import { pagesOf } from '../timeline/pages';
import { caseLife, type Fate } from './case-life';
import type { SyntheticFile } from './files';
import { Random, streamSeed } from './random';
import { syntheticStaff, type SyntheticStaff } from './staff';
import { syntheticCustomer } from './uk-people';

export interface DeskOptions {
  cases: number;
  seed?: number;
  /** The synthetic "now": nothing happens after it. */
  asOf?: string;
  /** How far back receipts go. */
  years?: number;
  batchSize?: number;
  settings?: PolicySettings;
  /** The chance that a complaint worked to the end (or stalled) names a member of staff (0.02: about 1.6% of cases). */
  staffShare?: number;
}

export const DEFAULT_AS_OF = '2026-11-20T16:00:00.000Z';
const DAY = 86_400_000;

export interface SeedBatch {
  customers: StoredCustomer[];
  cases: ComplaintCase[];
  /** The timeline, as stored: pages of events. */
  timeline: TimelinePage[];
  /** How many events the pages hold. */
  eventCount: number;
  rows: CaseRow[];
  children: CaseChildren;
  files: (SyntheticFile & { caseId: string })[];
}

export interface SeedSummary {
  users: User[];
  counters: ReferenceCounter[];
  settings: PolicySettings;
  asOf: string;
}

/** Everything every batch shares; cheap to rebuild, so each worker of a parallel seeding makes its own. */
export interface DeskPlan {
  seed: number;
  asOf: string;
  asOfMs: number;
  settings: PolicySettings;
  batchSize: number;
  batchCount: number;
  staff: SyntheticStaff;
  staffShare?: number;
  /** Receipt times, oldest first. */
  times: number[];
  /** Index in `times` of each year's first case, for its reference serial. */
  yearStarts: Map<number, number>;
}

const yearOf = (ms: number) => Number(londonDate(new Date(ms).toISOString()).slice(0, 4));

/** Receipt times, oldest first, fewer at weekends. */
function receipts(r: Random, n: number, fromMs: number, toMs: number): number[] {
  const times: number[] = [];
  while (times.length < n) {
    const t = fromMs + Math.floor(r.next() * (toMs - fromMs));
    const weekday = new Date(t).getUTCDay();
    if ((weekday === 0 || weekday === 6) && r.chance(0.7)) continue;
    times.push(t);
  }
  return times.sort((a, b) => a - b);
}

export function deskPlan(options: DeskOptions): DeskPlan {
  const seed = options.seed ?? 20_261_120;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const asOfMs = Date.parse(asOf);
  const times = receipts(new Random(seed), options.cases, asOfMs - (options.years ?? 3) * 365 * DAY, asOfMs - 3_600_000);
  const yearStarts = new Map<number, number>();
  times.forEach((t, i) => {
    const year = yearOf(t);
    if (!yearStarts.has(year)) yearStarts.set(year, i);
  });
  const batchSize = options.batchSize ?? 500;
  return {
    seed,
    asOf,
    asOfMs,
    settings: options.settings ?? DEFAULT_POLICY_SETTINGS,
    batchSize,
    batchCount: Math.ceil(times.length / batchSize),
    staff: syntheticStaff(new Random(seed + 1)),
    ...(options.staffShare !== undefined ? { staffShare: options.staffShare } : {}),
    times,
    yearStarts,
  };
}

function fateOf(r: Random, receivedMs: number, asOfMs: number): Fate {
  // Recent complaints are the ones still waiting on someone: a few stall for a while.
  const recent = asOfMs - receivedMs < 60 * DAY;
  return r.weighted({ normal: 80, firstContact: 11, withdrawn: 3, enquiry: 2, stall: recent ? 25 : 0.4 });
}

/** One batch, the same whatever order batches are made in (each has its own seeded random source). */
export function generateBatch(plan: DeskPlan, batchIndex: number): SeedBatch {
  const r = new Random(streamSeed(plan.seed, batchIndex), batchIndex + 1);
  const ctx = { random: r, settings: plan.settings, asOfMs: plan.asOfMs, staff: plan.staff, ...(plan.staffShare !== undefined ? { staffShare: plan.staffShare } : {}) };
  const batch: SeedBatch = { customers: [], cases: [], timeline: [], eventCount: 0, rows: [], children: childRowsOf(null), files: [] };
  const known: { id: string; name: string }[] = [];
  const first = batchIndex * plan.batchSize;
  plan.times.slice(first, first + plan.batchSize).forEach((receivedMs, offset) => {
    // About one case in seven is from a customer who has complained before.
    let customer = known.length > 5 && r.chance(0.15) ? r.pick(known) : undefined;
    if (!customer) {
      const created = syntheticCustomer(r, r.uuid(), first + offset + 1);
      batch.customers.push(storedCustomer(created));
      customer = { id: created.id, name: created.name };
      known.push(customer);
    }
    const year = yearOf(receivedMs);
    const serial = first + offset - (plan.yearStarts.get(year) ?? 0) + 1;
    const ids = { id: r.uuid(), reference: formatCaseReference(year, serial), customerId: customer.id, customerName: customer.name };
    const life = caseLife(ctx, ids, receivedMs, fateOf(r, receivedMs, plan.asOfMs));
    const events = chainEvents(life.drafts, null, () => r.uuid());
    const last = events[events.length - 1]!;
    batch.cases.push(life.case);
    batch.timeline.push(...pagesOf(life.case.id, events));
    batch.eventCount += events.length;
    batch.rows.push(caseRowOf(life.case, customer.name, plan.settings, { seq: last.seq, hash: last.hash }, plan.asOf));
    const children = childRowsOf(life.case);
    for (const name of childTables) (batch.children[name] as unknown[]).push(...children[name]);
    batch.files.push(...life.files.map((f) => ({ ...f, caseId: life.case.id })));
  });
  return batch;
}

export function* deskBatches(plan: DeskPlan): Generator<SeedBatch> {
  for (let b = 0; b < plan.batchCount; b += 1) yield generateBatch(plan, b);
}

/** Staff, each year's last reference serial, and the settings: written after the batches. */
export function deskSummary(plan: DeskPlan): SeedSummary {
  const counters = [...plan.yearStarts.keys()].map((year) => ({ year, last: plan.times.filter((t) => yearOf(t) === year).length }));
  return { users: plan.staff.everyone, counters, settings: plan.settings, asOf: plan.asOf };
}
