// Reading and appending a case's timeline, stored in pages of up to TIMELINE_PAGE_SIZE events.
import type { TimelineEvent, TimelineEventDraft } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { maxKey, MIN } from '../queries/keys';
import { TIMELINE_PAGE_SIZE, type TimelinePage } from '../schema/records';
import { chainEvents, headOf, type ChainHead } from './chain';

/** A case's pages in order (call inside a transaction that includes db.timeline). */
export function timelinePages(db: ComplaintsDatabase, caseId: string): Promise<TimelinePage[]> {
  return db.timeline.where('[caseId+page]').between([caseId, MIN], [caseId, maxKey()]).toArray();
}

/** Every event of a case, oldest first. */
export async function readTimeline(db: ComplaintsDatabase, caseId: string): Promise<TimelineEvent[]> {
  return (await timelinePages(db, caseId)).flatMap((p) => p.events);
}

/** The page the next event goes on (or after, when full); undefined for a new case. */
export function lastTimelinePage(db: ComplaintsDatabase, caseId: string): Promise<TimelinePage | undefined> {
  return db.timeline.where('[caseId+page]').between([caseId, MIN], [caseId, maxKey()]).last();
}

/** Splits a case's events (numbered from 1) into the pages they are stored in. */
export function pagesOf(caseId: string, events: readonly TimelineEvent[]): TimelinePage[] {
  const pages: TimelinePage[] = [];
  for (const event of events) {
    const page = Math.floor((event.seq - 1) / TIMELINE_PAGE_SIZE);
    const current = pages[pages.length - 1];
    if (current?.page === page) current.events.push(event);
    else pages.push({ caseId, page, events: [event] });
  }
  return pages;
}

export interface TimelineAppend {
  events: TimelineEvent[];
  head: ChainHead | null;
  /** Issues the writes (inside the caller's rw transaction): the last page grows, new pages are added. */
  write(db: ComplaintsDatabase): Promise<unknown>;
}

/** Numbers and chains new events after `last` (the case's last page, read in the same transaction). */
export function planAppend(caseId: string, last: TimelinePage | undefined, drafts: readonly TimelineEventDraft[], newId: () => string = () => crypto.randomUUID()): TimelineAppend {
  const lastEvent = last?.events[last.events.length - 1];
  const head = lastEvent ? { seq: lastEvent.seq, hash: lastEvent.hash } : null;
  const events = chainEvents(drafts, head, newId);
  const pages = pagesOf(caseId, events);
  return {
    events,
    head: headOf(events, head),
    write: (db) =>
      Promise.all(pages.map((page) => (last && page.page === last.page ? db.timeline.put({ ...last, events: [...last.events, ...page.events] }) : db.timeline.add(page)))),
  };
}

/** Reads the last page, then appends: events stored and the chain's new head. */
export async function appendToTimeline(db: ComplaintsDatabase, caseId: string, drafts: readonly TimelineEventDraft[]): Promise<{ events: TimelineEvent[]; head: ChainHead | null }> {
  const append = planAppend(caseId, await lastTimelinePage(db, caseId), drafts);
  await append.write(db);
  return append;
}
