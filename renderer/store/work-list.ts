// The work list's tabs and filters as work-queue filters, and how many cases each tab holds for one viewer.
import type { CaseStage, ComplaintCategory, ContactChannel } from '../../shared/model';
import { bothWindows, dueWindowOf, londonDate, seesNoCase, workListViews, type PolicySettings, type Viewer, type WorkListView } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { canSeeRow, inPartitions, partitionsOf, type AudiencePartition } from './projections/audience';
import { maxKey, MIN } from './queries/keys';
import { matchesFilter, type IndexPlan, type WorkQueueFilter } from './queries/plan';
import { plansFor, rowsNamingViewer } from './work-queue';
import type { CaseRow } from './schema/records';

/** The due filter offers the same windows as the tabs. */
export const dueChoices = ['overdue', 'due-today', 'breaching-soon'] as const;
export type DueChoice = (typeof dueChoices)[number];

/** What staff chose above the list, besides the tab. */
export interface WorkListChoices {
  stage?: CaseStage;
  channel?: ContactChannel;
  /** null: not categorised yet. */
  category?: ComplaintCategory | null;
  /** null: no investigator yet. */
  assigneeId?: string | null;
  due?: DueChoice;
  sort?: 'due' | 'newest';
}

/**
 * The work-queue filter for a tab and choices on London date `today`; null when the two exclude each other
 * (the Overdue tab filtered to cases due today). My cases: the viewer investigates or recorded it. My cases and
 * All hold finished cases too (after the open ones, in deadline order); every other tab holds open cases.
 */
export function workListFilter(view: WorkListView, choices: WorkListChoices, viewer: Viewer, today: string, settings: PolicySettings): WorkQueueFilter | null {
  const due = choices.due === undefined ? { from: null, to: null } : dueWindowOf(choices.due, today, settings);
  const window = bothWindows(dueWindowOf(view, today, settings), due);
  if (window === null) return null;
  const filter: WorkQueueFilter = {};
  if (choices.stage !== undefined) filter.stage = choices.stage;
  if (choices.channel !== undefined) filter.channel = choices.channel;
  if (choices.category !== undefined) filter.category = choices.category;
  if (choices.assigneeId !== undefined) filter.assigneeId = choices.assigneeId;
  if (choices.sort !== undefined) filter.sort = choices.sort;
  if (window.from !== null) filter.dueFrom = window.from;
  if (window.to !== null) filter.dueBy = window.to;
  if (view === 'mine') filter.mine = viewer.userId;
  if (view === 'on-hold') filter.onHold = true;
  if (view === 'all' || view === 'mine') filter.includeFinished = true;
  return filter;
}

function rangeOf(db: ComplaintsDatabase, plan: IndexPlan, audience: string) {
  const { lower, upper, lowerOpen, upperOpen } = plan.range(audience, null);
  return db.caseRows.where(plan.index).between(lower, upper, !lowerOpen, !upperOpen);
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

/**
 * `theirs`: the rows naming the viewer by id, when the caller already reads them for other counts. Rows of an
 * unscreened partition admitting the viewer's role are all theirs, so they are counted without being read;
 * screened partitions and the rows naming them by id (those outside their partitions) are tested row by row.
 */
async function countIn(db: ComplaintsDatabase, f: WorkQueueFilter, viewer: Viewer, today: string, theirs?: Promise<CaseRow[]>): Promise<number> {
  const visible = (row: CaseRow) => canSeeRow(viewer, row);
  if (f.customerId !== undefined) {
    return db.caseRows.where('customerId').equals(f.customerId).filter((row) => visible(row) && matchesFilter(row, f, today)).count();
  }
  const plans = plansFor({ ...f, sort: 'due' }, today);
  const partitions = partitionsOf(viewer);
  const byId = (theirs ?? rowsNamingViewer(db, viewer)).then((rows) =>
    rows.filter((row) => !inPartitions(partitions, row) && visible(row) && matchesFilter(row, f, today)).map((row) => row.caseId),
  );
  const screened = partitions
    .filter((p) => p.screened)
    .flatMap((p) => plans.map((plan) => rangeOf(db, plan, p.key).filter((row) => visible(row) && (plan.rest?.(row) ?? true)).primaryKeys()));
  const open = partitions.filter((p) => !p.screened);
  const [only] = plans;
  if (plans.length === 1 && only && only.rest === null) {
    const [counts, tested] = await Promise.all([Promise.all(open.map((p) => rangeOf(db, only, p.key).count())), Promise.all([...screened, byId])]);
    return sum(counts) + new Set(tested.flat()).size;
  }
  const keys = await Promise.all([
    ...open.flatMap((p) =>
      plans.map((plan) => {
        const range = rangeOf(db, plan, p.key);
        return (plan.rest ? range.filter(plan.rest) : range).primaryKeys();
      }),
    ),
    ...screened,
    byId,
  ]);
  return new Set(keys.flat()).size;
}

/** Whether a partition holds any case the viewer may see, finished ones included. */
async function anyIn(db: ComplaintsDatabase, p: AudiencePartition, viewer: Viewer): Promise<boolean> {
  const range = db.caseRows.where('[audience+dueSort+reference]').between([p.key, MIN, MIN], [p.key, maxKey(), maxKey()]);
  const keys = await (p.screened ? range.filter((row) => canSeeRow(viewer, row)) : range).limit(1).primaryKeys();
  return keys.length > 0;
}

/**
 * How many cases `viewer` may see that match `filter` at `now`: an index count where the index range covers the
 * filter, otherwise the matching keys (the non-confidential rows need no test: every case worker may see them).
 */
export async function countWorkQueue(db: ComplaintsDatabase, filter: WorkQueueFilter, viewer: Viewer, now: string): Promise<number> {
  if (seesNoCase(viewer)) return 0;
  const today = londonDate(now);
  return db.transaction('r', db.caseRows, () => countIn(db, filter, viewer, today));
}

/**
 * The tabs that show a count. All does not: counting an index range walks every key in it, and at 100,000 cases
 * Chromium takes over two seconds to count the whole desk (measured in test/bench/store.bench.ts).
 */
export const countedViews: readonly WorkListView[] = workListViews.filter((view) => view !== 'all');

export interface TabCounts {
  counts: Partial<Record<WorkListView, number>>;
  /** Whether the viewer may see any case at all, finished ones included. */
  anyCase: boolean;
}

/**
 * What a tab's number counts: its open cases. My cases lists finished cases too, after the open ones, but its
 * number is the open ones ("My cases (12 open)"): years of finished cases would drown the figure, and counting
 * them takes longer the longer the desk is used. Null when the tab holds nothing.
 */
export function tabCountFilter(view: WorkListView, viewer: Viewer, today: string, settings: PolicySettings): WorkQueueFilter | null {
  const filter = workListFilter(view, {}, viewer, today, settings);
  return filter === null ? null : { ...filter, includeFinished: false };
}

/** The number on each counted tab, for the tab alone (the filters and search above the list do not change them). */
export async function countWorkListTabs(db: ComplaintsDatabase, viewer: Viewer, now: string, settings: PolicySettings): Promise<TabCounts> {
  const today = londonDate(now);
  if (seesNoCase(viewer)) return { counts: Object.fromEntries(countedViews.map((view) => [view, 0])), anyCase: false };
  const [counts, anyCase] = await db.transaction('r', db.caseRows, () => {
    const theirs = rowsNamingViewer(db, viewer);
    return Promise.all([
      Promise.all(
        countedViews.map((view) => {
          const filter = tabCountFilter(view, viewer, today, settings);
          return filter === null ? 0 : countIn(db, filter, viewer, today, theirs);
        }),
      ),
      Promise.all([...partitionsOf(viewer).map((p) => anyIn(db, p, viewer)), theirs.then((rows) => rows.some((row) => canSeeRow(viewer, row)))]).then((found) => found.includes(true)),
    ]);
  });
  return { counts: Object.fromEntries(countedViews.map((view, i) => [view, counts[i] ?? 0])), anyCase };
}
