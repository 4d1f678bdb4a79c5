// The work list's data: the page of the chosen tab (or of a search within it), read live from the store, with
// keyset cursors for the pages already seen, and the count on each tab.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { londonDate, type Viewer } from '../../../shared/policy';
import { db } from '../../store/desk';
import { searchCases } from '../../store/search';
import { DEFAULT_POLICY_SETTINGS, loadPolicySettings } from '../../store/settings/policy-calendar';
import { countWorkListTabs, workListFilter, type TabCounts } from '../../store/work-list';
import { listWorkQueue, type CaseListItem } from '../../store/work-queue';
import { useNow } from '../../ui/use-now';
import type { WorkListState } from './work-list-params';

export const PAGE_SIZE = 50;

interface Paging {
  key: string;
  page: number;
  /** cursors[p]: the `after` of page p (null for the first); known for every page reached so far. */
  cursors: (string | null)[];
}

export interface WorkListData {
  items: CaseListItem[];
  /** False while the page for the current choices is loading. */
  ready: boolean;
  page: number;
  hasNextPage: boolean;
  setPage(page: number): void;
  /** The number on each counted tab; undefined while counting. */
  counts: TabCounts | undefined;
  today: string;
  settings: typeof DEFAULT_POLICY_SETTINGS;
}

export function useWorkList(state: WorkListState, who: Viewer): WorkListData {
  const now = useNow();
  const today = londonDate(now);
  const settings = useLiveQuery(() => loadPolicySettings(db), []) ?? DEFAULT_POLICY_SETTINGS;
  const viewer = useMemo<Viewer>(() => ({ userId: who.userId, role: who.role }), [who.userId, who.role]);
  // The choices arrive as a new object on every render: the key is what stays the same.
  const key = JSON.stringify([state.view, state.choices, state.search.trim(), viewer.userId, viewer.role, today]);
  const filter = useMemo(() => {
    const [view, choices] = JSON.parse(key) as [WorkListState['view'], WorkListState['choices']];
    return workListFilter(view, choices, viewer, today, settings);
  }, [key, viewer, today, settings]);

  const [stored, setPaging] = useState<Paging>({ key, page: 0, cursors: [null] });
  // New choices start again at the first page.
  const paging = stored.key === key ? stored : { key, page: 0, cursors: [null] };
  const after = paging.cursors[paging.page] ?? null;
  const search = state.search.trim();

  const result = useLiveQuery(async () => {
    if (filter === null) return { key, page: paging.page, items: [], next: null };
    if (search) {
      const found = await searchCases(db, search, viewer, now, { limit: PAGE_SIZE, offset: paging.page * PAGE_SIZE }, filter);
      return { key, page: paging.page, items: found.items, next: found.more ? 'more' : null };
    }
    const page = await listWorkQueue(db, filter, viewer, now, { limit: PAGE_SIZE, after });
    return { key, page: paging.page, ...page };
  }, [key, filter, search, paging.page, after, now, viewer]);

  const counts = useLiveQuery(() => countWorkListTabs(db, viewer, now, settings), [viewer, now, settings]);
  const ready = result !== undefined && result.key === key && result.page === paging.page;

  const setPage = (page: number) => {
    setPaging((current) => {
      const base = current.key === key ? current : { key, page: 0, cursors: [null] };
      const cursors = [...base.cursors];
      if (ready && result.next && !search) cursors[paging.page + 1] = result.next;
      // Pages are reached one at a time: a page without a known cursor (a search has none) is read by offset.
      if (!search && page > 0 && cursors[page] === undefined) return base;
      return { key, page, cursors };
    });
  };

  return {
    items: ready ? result.items : (result?.items ?? []),
    ready,
    page: paging.page,
    hasNextPage: ready && result.next !== null,
    setPage,
    counts,
    today,
    settings,
  };
}
