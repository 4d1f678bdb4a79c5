// The work list's own reads, exactly as the screen issues them: each tab's first page, filters, sort, search and
// the tab counts, each against its raw IndexedDB baseline.
import { dueWindowOf, londonDate, type Viewer } from '../../../shared/policy';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { DEFAULT_POLICY_SETTINGS } from '../../../renderer/store/settings/policy-calendar';
import { countedViews, countWorkListTabs, countWorkQueue, tabCountFilter, workListFilter, type WorkListChoices } from '../../../renderer/store/work-list';
import { listWorkQueue, plansFor, type WorkQueueFilter } from '../../../renderer/store/work-queue';
import { compare, type Measured } from './figures';
import { OPEN_ROWS, rawOpen, rawSearch } from './raw-reads';
import { rawAll, rawAllNewest, rawChannel, rawDueBetween, rawMyCases, rawOnHold, rawSearchWithin, rawStageCategoryOverdue, rawTabCounts } from './raw-work-list';
import type { IndexPlan } from '../../../renderer/store/queries/plan';

const agent: Viewer = { userId: 'agent-1', role: 'agent' };
const manager: Viewer = { userId: 'manager-1', role: 'complaints-manager' };
/** The page the work list asks for. */
const PAGE = 50;

/**
 * The baseline of one tab's count for an agent: IndexedDB's own count of each of the tab's non-confidential index
 * ranges, and the confidential rows naming the agent (which the store must read to test).
 */
function rawCount(raw: IDBDatabase, plans: IndexPlan[], userId: string) {
  const store = raw.transaction('caseRows', 'readonly').objectStore('caseRows');
  const theirs = new Promise<unknown[]>((resolve, reject) => {
    const request = store.index('viewerIds').getAll(userId);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return Promise.all([
    theirs,
    ...plans.map((plan) => {
      const { lower, upper, lowerOpen, upperOpen } = plan.range(OPEN_ROWS, null);
      return new Promise<number>((resolve, reject) => {
        const request = store.index(plan.index).count(IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }),
  ]);
}

export async function workListFigures(dbName: string, now: string): Promise<Measured[]> {
  const db = new ComplaintsDatabase(dbName);
  await db.open();
  const raw = await rawOpen(dbName);
  const today = londonDate(now);
  const settings = DEFAULT_POLICY_SETTINGS;
  const soon = dueWindowOf('breaching-soon', today, settings);
  const filterOf = (view: Parameters<typeof workListFilter>[0], viewer: Viewer, choices: WorkListChoices = {}): WorkQueueFilter => {
    const filter = workListFilter(view, choices, viewer, today, settings);
    if (filter === null) throw new Error(`The ${view} tab with ${JSON.stringify(choices)} holds nothing`);
    return filter;
  };
  const first = (filter: WorkQueueFilter, viewer: Viewer) => () => listWorkQueue(db, filter, viewer, now, { limit: PAGE });
  const results: Measured[] = [];
  const add = async (figure: string, store: () => Promise<unknown>, baseline: () => Promise<unknown>) => {
    const measured = await compare(figure, 100, store, baseline);
    const rows = await store();
    results.push({ ...measured, ...(rows && typeof rows === 'object' && 'items' in rows && Array.isArray(rows.items) ? { rows: rows.items.length } : {}) });
  };

  await add('workList.myCases', first(filterOf('mine', agent), agent), () => rawMyCases(raw, agent.userId, PAGE + 1));
  await add('workList.dueToday', first(filterOf('due-today', agent), agent), () => rawDueBetween(raw, today, today, agent.userId, PAGE + 1));
  await add('workList.breachingSoon', first(filterOf('breaching-soon', agent), agent), () => rawDueBetween(raw, soon.from ?? today, soon.to ?? today, agent.userId, PAGE + 1));
  await add('workList.onHold.manager', first(filterOf('on-hold', manager), manager), () => rawOnHold(raw, manager.userId, PAGE + 1));
  await add('workList.all', first(filterOf('all', agent), agent), () => rawAll(raw, agent.userId, PAGE + 1));
  await add('workList.all.sortNewest', first(filterOf('all', agent, { sort: 'newest' }), agent), () => rawAllNewest(raw, PAGE + 1));
  await add('workList.filterChannel', first(filterOf('all', agent, { channel: 'letter' }), agent), () => rawChannel(raw, 'letter', agent.userId, PAGE + 1));
  await add('workList.filterStageCategoryOverdue', first(filterOf('overdue', agent, { stage: 'investigating', category: 'billing' }), agent), () =>
    rawStageCategoryOverdue(raw, 'investigating', 'billing', today, PAGE + 1),
  );
  await add('workList.search', () => searchCases(db, 'smith', agent, now, { limit: PAGE }, filterOf('all', agent)), () => rawSearch(raw, 'smith', PAGE + 1));
  await add('workList.searchInOverdue', () => searchCases(db, 'smith', agent, now, { limit: PAGE }, filterOf('overdue', agent)), () =>
    rawSearchWithin(raw, 'smith', (row) => typeof row.dueSort === 'string' && row.dueSort < today, PAGE + 1),
  );
  await add('workList.searchReference', () => searchCases(db, '000123', agent, now, { limit: PAGE }, filterOf('all', agent)), () => rawSearch(raw, '000123', PAGE + 1));
  await add('workList.tabCounts', () => countWorkListTabs(db, agent, now, settings), () => rawTabCounts(raw, agent.userId, today, soon.from ?? today, soon.to ?? today));
  for (const view of countedViews) {
    const filter = tabCountFilter(view, agent, today, settings);
    if (filter === null) throw new Error(`The ${view} tab holds nothing`);
    const plan = plansFor(filter, today);
    await add(`workList.tabCount.${view}`, () => countWorkQueue(db, filter, agent, now), () => rawCount(raw, plan, agent.userId));
  }
  await add('workList.tabCounts.manager', () => countWorkListTabs(db, manager, now, settings), () => rawTabCounts(raw, manager.userId, today, soon.from ?? today, soon.to ?? today));
  raw.close();
  db.close();
  return results;
}
