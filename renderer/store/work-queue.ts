// The case list: a page of the cases a viewer may see, filtered and in deadline order, with a cursor to the next.
import { cmp } from 'dexie';
import { londonDate, seesNoCase, type Viewer } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { collect, type RowTest } from './queries/fetch';
import { sealedRowsFor } from './queries/sealed-rows';
import { matchesFilter, planFor, sortKeyOf, type IndexPlan, type SortKey, type WorkQueueFilter } from './queries/plan';
import { canSeeRow, partitionsOf } from './projections/audience';
import { listItemOf, type CaseListItem } from './queries/rows';
import type { CaseRow } from './schema/records';

export type { WorkQueueFilter } from './queries/plan';
export type { CaseListItem } from './queries/rows';

export interface PageRequest {
  /** Rows per page: 50 unless given, at most 200. */
  limit?: number;
  /** The `next` of the previous page. */
  after?: string | null;
}

export interface CasePage {
  items: CaseListItem[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

function decodeCursor(after: string | null | undefined, sort: 'due' | 'newest'): SortKey | null {
  if (!after) return null;
  try {
    const parsed: unknown = JSON.parse(after);
    if (Array.isArray(parsed) && parsed[0] === sort && typeof parsed[1] === 'string' && typeof parsed[2] === 'string') return [parsed[1], parsed[2]];
  } catch {
    // An unreadable cursor starts from the first page.
  }
  return null;
}

const compareKeys = (a: SortKey, b: SortKey) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function both(a: RowTest | null, b: RowTest | null): RowTest | null {
  if (!a) return b;
  if (!b) return a;
  return (row) => a(row) && b(row);
}

/** Reads a page of one partition; with `until`, nothing after that sort key (in the plan's order) is read. */
export function fromIndex(db: ComplaintsDatabase, plan: IndexPlan, audience: string, after: SortKey | null, test: RowTest | null, want: number, until: SortKey | null = null) {
  let { lower, upper, lowerOpen, upperOpen } = plan.range(audience, after);
  if (until) {
    const stop = plan.keyAt(audience, until);
    if (!plan.reverse && cmp(stop, upper) < 0) [upper, upperOpen] = [stop, false];
    if (plan.reverse && cmp(stop, lower) > 0) [lower, lowerOpen] = [stop, false];
  }
  let collection = db.caseRows.where(plan.index).between(lower, upper, !lowerOpen, !upperOpen);
  if (plan.reverse) collection = collection.reverse();
  return collect(collection, both(plan.rest, test), want);
}

/** A small set read whole (a customer's cases, an agent's confidential cases) and paged in memory. */
function pageOfSet(rows: CaseRow[], test: RowTest, sort: 'due' | 'newest', after: SortKey | null, want: number): CaseRow[] {
  const direction = sort === 'newest' ? -1 : 1;
  return rows
    .filter((row) => test(row) && (!after || direction * compareKeys(sortKeyOf(row, sort), after) > 0))
    .sort((a, b) => direction * compareKeys(sortKeyOf(a, sort), sortKeyOf(b, sort)))
    .slice(0, want);
}

/**
 * "My cases" in deadline order is two index ranges, the cases they investigate and the cases they recorded,
 * merged; every other filter is one.
 */
export function plansFor(f: WorkQueueFilter, today: string): IndexPlan[] {
  if (f.mine !== undefined && f.sort !== 'newest' && f.assigneeId === undefined && f.recordedById === undefined) {
    const { mine, ...rest } = f;
    return [planFor({ ...rest, assigneeId: mine }, today), planFor({ ...rest, recordedById: mine }, today)];
  }
  return [planFor(f, today)];
}

/** The rows whose audience names `viewer` by id (the investigator of a confidential case): few, so read whole. */
export function rowsNamingViewer(db: ComplaintsDatabase, viewer: Viewer): Promise<CaseRow[]> {
  return db.caseRows.where('viewerIds').equals(viewer.userId).toArray();
}

/**
 * Rows for the viewer, each source already in order: the audience partitions admitting their role (rows of a
 * screened partition tested one by one), plus the rows naming them by id. A viewer no audience admits sees none.
 */
async function candidateRows(db: ComplaintsDatabase, f: WorkQueueFilter, viewer: Viewer, today: string, after: SortKey | null, want: number): Promise<CaseRow[][]> {
  const sort = f.sort ?? 'due';
  const visible: RowTest = (row) => canSeeRow(viewer, row);
  if (seesNoCase(viewer)) return [];
  if (f.customerId !== undefined) {
    const rows = [...(await db.caseRows.where('customerId').equals(f.customerId).toArray()), ...(await sealedRowsFor(db, viewer))];
    return [pageOfSet(rows, (row) => visible(row) && matchesFilter(row, f, today), sort, after, want)];
  }
  const plans = plansFor(f, today);
  const partitions = partitionsOf(viewer);
  const byId = rowsNamingViewer(db, viewer).then((rows) => pageOfSet(rows, (row) => visible(row) && matchesFilter(row, f, today), sort, after, want));
  const open = await Promise.all(partitions.filter((p) => !p.screened).flatMap((p) => plans.map((plan) => fromIndex(db, plan, p.key, after, null, want))));
  // A screened partition's rows are read (and a sealed one's opened) only up to where the page is already full.
  const until = pageEnd(open.flat().filter(visible), sort, want);
  const screened = partitions.filter((p) => p.screened).flatMap((p) => plans.map((plan) => fromIndex(db, plan, p.key, after, visible, want, until)));
  return Promise.all([...open, ...screened, byId]);
}

/** The sort key of the last row of a full page made of these rows alone, or null when they do not fill one. */
function pageEnd(rows: CaseRow[], sort: 'due' | 'newest', want: number): SortKey | null {
  const keys = [...new Map(rows.map((row) => [row.caseId, sortKeyOf(row, sort)])).values()];
  if (keys.length < want) return null;
  const direction = sort === 'newest' ? -1 : 1;
  return keys.sort((a, b) => direction * compareKeys(a, b))[want - 1] ?? null;
}

/**
 * One page of the work queue for `viewer` at `now`: only cases the policy lets them see, `limit` rows unless
 * the list has ended, in next-deadline order (or newest first). Overdue is worked out against today's date.
 */
export async function listWorkQueue(
  db: ComplaintsDatabase,
  filter: WorkQueueFilter,
  viewer: Viewer,
  now: string,
  page: PageRequest = {},
): Promise<CasePage> {
  const sort = filter.sort ?? 'due';
  const limit = Math.min(Math.max(1, Math.floor(page.limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const after = decodeCursor(page.after, sort);
  const today = londonDate(now);
  const sources = await db.transaction('r', db.caseRows, () => candidateRows(db, filter, viewer, today, after, limit + 1));
  const direction = sort === 'newest' ? -1 : 1;
  const seen = new Set<string>();
  const merged = sources
    .flat()
    .filter((row) => canSeeRow(viewer, row) && !seen.has(row.caseId) && seen.add(row.caseId))
    .sort((a, b) => direction * compareKeys(sortKeyOf(a, sort), sortKeyOf(b, sort)));
  const rows = merged.slice(0, limit);
  const last = rows[rows.length - 1];
  const next = merged.length > limit && last ? JSON.stringify([sort, ...sortKeyOf(last, sort)]) : null;
  return { items: rows.map((row) => listItemOf(row, today)), next };
}
