// Which index answers a work-queue filter, the key range in one audience partition, and what is left to test.
import type { CaseStage, ComplaintCategory, ContactChannel } from '../../../shared/model';
import { isFinishedStage } from '../../../shared/model';
import { FINISHED, NO_DEADLINE, type CaseRow } from '../schema/records';
import { maxKey, MIN, type KeyPart } from './keys';
import type { RowTest } from './fetch';

export interface WorkQueueFilter {
  /** One stage; without it, every open stage (and finished ones too with includeFinished). */
  stage?: CaseStage;
  /** The work queue is open cases unless this is set (or a finished stage is asked for). */
  includeFinished?: boolean;
  /** Only cases whose next deadline was before today. */
  overdue?: boolean;
  /** Only cases whose next deadline is on or before this date, 'yyyy-MM-dd'. */
  dueBy?: string;
  /** Only cases whose next deadline is on or after this date, 'yyyy-MM-dd' (cases with none sort after every date). */
  dueFrom?: string;
  /** Only cases with a hold open (schema version 4). */
  onHold?: boolean;
  /** Who recorded the case (schema version 4). */
  recordedById?: string;
  /** "My cases": cases this user is the investigator of or recorded. */
  mine?: string;
  /** The investigator; null for cases with none. */
  assigneeId?: string | null;
  channel?: ContactChannel;
  /** null for cases not yet categorised. */
  category?: ComplaintCategory | null;
  customerId?: string;
  /** 'due' (default): next deadline first. 'newest': most recently received first. */
  sort?: 'due' | 'newest';
}

export type SortKey = [string, string];

export function sortKeyOf(row: CaseRow, sort: 'due' | 'newest'): SortKey {
  // A sealed row's index holds an opaque token in place of its reference (sealed/sealed-tables.ts).
  const token = row.sortReference ?? row.reference;
  return sort === 'due' ? [row.dueSort, token] : [row.receivedAt, token];
}

const includesFinished = (f: WorkQueueFilter) => f.includeFinished === true || (f.stage !== undefined && isFinishedStage(f.stage));

/** Every condition of the filter, for rows that come from somewhere other than the planned index. */
export function matchesFilter(row: CaseRow, f: WorkQueueFilter, today: string): boolean {
  if (f.stage !== undefined && row.stage !== f.stage) return false;
  if (!includesFinished(f) && row.dueSort === FINISHED) return false;
  if (f.overdue && !(row.dueSort < today)) return false;
  if (f.dueBy !== undefined && !(row.dueSort <= f.dueBy)) return false;
  if (f.dueFrom !== undefined && !(row.dueSort >= f.dueFrom)) return false;
  if (f.onHold === true && row.onHold !== 1) return false;
  if (f.recordedById !== undefined && row.recordedById !== f.recordedById) return false;
  if (f.mine !== undefined && row.assigneeId !== f.mine && row.recordedById !== f.mine) return false;
  if (f.assigneeId !== undefined && row.assigneeId !== (f.assigneeId ?? '')) return false;
  if (f.channel !== undefined && row.channel !== f.channel) return false;
  if (f.category !== undefined && row.category !== (f.category ?? '')) return false;
  if (f.customerId !== undefined && row.customerId !== f.customerId) return false;
  return true;
}

export interface IndexPlan {
  index: string;
  reverse: boolean;
  range(audience: string, after: SortKey | null): { lower: KeyPart[]; upper: KeyPart[]; lowerOpen: boolean; upperOpen: boolean };
  /** Conditions the index range does not cover, or null when it covers them all. */
  rest: RowTest | null;
  /** The index key of a row with this sort key in this partition: where a range may stop early. */
  keyAt(audience: string, key: SortKey): KeyPart[];
}

type Dimension = 'assigneeId' | 'recordedById' | 'onHold' | 'stage' | 'category' | 'channel';

/** The most selective condition that has its own index: assignee, recorder, hold, then stage, category, channel. */
function dimensionOf(f: WorkQueueFilter): { name: Dimension; value: string | number } | null {
  if (f.assigneeId !== undefined) return { name: 'assigneeId', value: f.assigneeId ?? '' };
  if (f.recordedById !== undefined) return { name: 'recordedById', value: f.recordedById };
  if (f.onHold === true) return { name: 'onHold', value: 1 };
  if (f.stage !== undefined) return { name: 'stage', value: f.stage };
  if (f.category !== undefined) return { name: 'category', value: f.category ?? '' };
  if (f.channel !== undefined) return { name: 'channel', value: f.channel };
  return null;
}

const TESTED = ['stage', 'assigneeId', 'recordedById', 'onHold', 'mine', 'category', 'channel', 'overdue', 'dueBy', 'dueFrom'] as const;
type Tested = (typeof TESTED)[number] | 'includeFinished';

/** A test of the conditions the index range does not cover, or null when it covers them all. */
function restTest(f: WorkQueueFilter, covered: readonly Tested[], today: string): RowTest | null {
  const left = TESTED.filter((key) => f[key] !== undefined && !covered.includes(key));
  const openOnly = !covered.includes('includeFinished') && !includesFinished(f);
  if (left.length === 0 && !openOnly) return null;
  const rest = Object.fromEntries(left.map((key) => [key, f[key]])) as WorkQueueFilter;
  rest.includeFinished = !openOnly;
  return (row) => matchesFilter(row, rest, today);
}

/** Plans a filter (without customerId, which is answered from its own small set). */
export function planFor(f: WorkQueueFilter, today: string): IndexPlan {
  if (f.sort === 'newest') {
    return {
      index: '[audience+receivedAt+reference]',
      reverse: true,
      range: (c, after) =>
        after ? { lower: [c, MIN, MIN], upper: [c, ...after], lowerOpen: false, upperOpen: true } : { lower: [c, MIN, MIN], upper: [c, maxKey(), maxKey()], lowerOpen: false, upperOpen: false },
      rest: restTest(f, [], today),
      keyAt: (c, key) => [c, ...key],
    };
  }
  const dimension = dimensionOf(f);
  const prefix: KeyPart[] = dimension ? [dimension.value] : [];
  const index = dimension ? `[audience+${dimension.name}+dueSort+reference]` : '[audience+dueSort+reference]';
  // The upper end of dueSort: before today (overdue), on or before dueBy, open cases only, or everything.
  let upperDue: KeyPart = includesFinished(f) ? maxKey() : NO_DEADLINE;
  if (f.dueBy !== undefined && (typeof upperDue !== 'string' || f.dueBy < upperDue)) upperDue = f.dueBy;
  // Overdue: dueSort < today, an open upper bound at the first key of today.
  const endsToday = f.overdue === true && (typeof upperDue !== 'string' || today <= upperDue);
  const covered: Tested[] = ['includeFinished', 'overdue', 'dueBy', 'dueFrom', ...(dimension ? [dimension.name] : [])];
  // The lower end: after the cursor, or from dueFrom when the cursor is still before it.
  const fromDue = (after: SortKey | null) => f.dueFrom !== undefined && (after === null || after[0] < f.dueFrom);
  return {
    index,
    reverse: false,
    range: (c, after) => ({
      lower: fromDue(after) ? [c, ...prefix, f.dueFrom ?? MIN, MIN] : after ? [c, ...prefix, ...after] : [c, ...prefix, MIN, MIN],
      lowerOpen: !fromDue(after) && after !== null,
      upper: endsToday ? [c, ...prefix, today, MIN] : [c, ...prefix, upperDue, maxKey()],
      upperOpen: endsToday,
    }),
    rest: restTest(f, covered, today),
    keyAt: (c, key) => [c, ...prefix, ...key],
  };
}
