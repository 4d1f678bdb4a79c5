// The one place a case change is written: the case, its new timeline events, its list row and its per-case tables.
import type { ComplaintCase, TimelineEvent, TimelineEventDraft } from '../../shared/model';
import type { PolicySettings } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { caseRowOf } from './projections/case-row';
import { syncHook } from './sync-hook';
import { syncChildren } from './projections/children';
import type { TimelinePage } from './schema/records';
import { appendToTimeline, lastTimelinePage, planAppend } from './timeline/pages';

export interface CaseChange {
  before: ComplaintCase | null;
  after: ComplaintCase;
  drafts: readonly TimelineEventDraft[];
  customerName: string;
  settings: PolicySettings;
  now: string;
  /** The case's last timeline page, when the caller has read it already in this transaction. */
  lastPage?: TimelinePage | undefined;
}

/** Call inside a rw transaction over caseWriteTables(db). Returns the events as stored. */
export async function writeCaseChange(db: ComplaintsDatabase, change: CaseChange): Promise<TimelineEvent[]> {
  const { before, after } = change;
  const last = 'lastPage' in change ? change.lastPage : before ? await lastTimelinePage(db, after.id) : undefined;
  // On a desk joined to an office server the events wait in the outbox (queued by the caller through the sync
  // hook): the server chains them, and they arrive with the next pull.
  const append = planAppend(after.id, last, syncHook() ? [] : change.drafts);
  // Every write is issued at once: IndexedDB runs them in order, without a round trip between each.
  await Promise.all([
    append.write(db),
    before ? db.cases.put(after) : db.cases.add(after),
    db.caseRows.put(caseRowOf(after, change.customerName, change.settings, append.head ?? { seq: 0, hash: '' }, change.now)),
    syncChildren(db, before, after),
  ]);
  return append.events;
}

/** Appends store events (a view, say) that change nothing on the case; the row keeps the chain's new head. */
export async function appendEvents(db: ComplaintsDatabase, caseId: string, drafts: readonly TimelineEventDraft[]): Promise<TimelineEvent[]> {
  const hook = syncHook();
  if (hook) {
    await hook.logged(db, caseId, drafts);
    return [];
  }
  const { events, head } = await appendToTimeline(db, caseId, drafts);
  if (head) await db.caseRows.update(caseId, { timelineSeq: head.seq, timelineHash: head.hash });
  return events;
}
