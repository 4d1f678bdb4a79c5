// Reactive reads for the screens (useLiveQuery): they re-run when the tables they read change.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '../../shared/model';
import type { Viewer } from '../../shared/policy';
import { openCase, readCase, type CaseView } from './case-views';
import { findCustomers } from './customers';
import { db } from './desk';
import { searchCases, type SearchPage } from './search';
import { listWorkQueue, type CasePage, type PageRequest, type WorkQueueFilter } from './work-queue';

const nowIso = () => new Date().toISOString();

/** A page of the work queue; undefined while loading. */
export function useWorkQueue(filter: WorkQueueFilter, viewer: Viewer, page: PageRequest = {}): CasePage | undefined {
  const key = JSON.stringify(filter);
  return useLiveQuery(
    () => listWorkQueue(db, JSON.parse(key) as WorkQueueFilter, viewer, nowIso(), page),
    [key, viewer.userId, viewer.role, page.after, page.limit],
  );
}

export function useCaseSearch(text: string, viewer: Viewer, page: { limit?: number; offset?: number } = {}): SearchPage | undefined {
  return useLiveQuery(() => searchCases(db, text, viewer, nowIso(), page), [text, viewer.userId, viewer.role, page.limit, page.offset]);
}

export function useCustomerMatches(query: string, viewer: Viewer, limit = 10): Customer[] | undefined {
  return useLiveQuery(() => findCustomers(db, query, viewer, limit), [query, viewer.userId, viewer.role, limit]);
}

/**
 * A case page's data: opens the case once (which logs the view of a confidential case), then follows changes
 * live. undefined while loading.
 */
export function useCaseView(caseId: string, viewer: Viewer): CaseView | undefined {
  const [opened, setOpened] = useState<{ key: string; view: CaseView } | null>(null);
  const key = `${caseId}|${viewer.userId}|${viewer.role}`;
  const live = useLiveQuery(() => readCase(db, caseId, viewer, nowIso()), [caseId, viewer.userId, viewer.role]);
  const needsOpen = opened?.key !== key || live?.status === 'view-not-logged';
  useEffect(() => {
    if (!needsOpen) return;
    let cancelled = false;
    void openCase(db, caseId, viewer, nowIso()).then((view) => {
      if (!cancelled) setOpened({ key, view });
    });
    return () => {
      cancelled = true;
    };
  }, [needsOpen, key, caseId, viewer]);
  if (opened?.key !== key) return undefined;
  return live && live.status !== 'view-not-logged' ? live : opened.view;
}
