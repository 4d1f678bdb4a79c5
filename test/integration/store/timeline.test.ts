// The timeline's hash chain: verified after real work, and tampering (edits, cuts, gaps) found with where and why.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/model';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import type { TimelinePage } from '../../../renderer/store/schema/records';
import { eventHash } from '../../../renderer/store/timeline/chain';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { acted, actors, deleteAll, freshDb, recorded, storedEvents, times } from './store-fixtures';

afterEach(deleteAll);

/** Rewrites a case's first timeline page directly in IndexedDB, as someone with developer tools could. */
async function tamper(db: ComplaintsDatabase, caseId: string, change: (events: TimelineEvent[]) => TimelineEvent[]): Promise<void> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction('timeline', 'readwrite');
    const store = tx.objectStore('timeline');
    const get = store.get([caseId, 0]);
    get.onsuccess = () => {
      const page = get.result as TimelinePage;
      store.put({ ...page, events: change(page.events) });
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
}

async function worked(db: ComplaintsDatabase) {
  const c = await recorded(db, actors.agent);
  await acted(db, c, [
    [{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.agent, times.acknowledged],
    [{ type: 'startReview' }, actors.agent, times.reviewStarted],
    [{ type: 'categorise', category: 'billing' }, actors.agent, times.reviewStarted],
  ]);
  return { caseId: c.id, events: await storedEvents(db, c.id) };
}

const withSummary = (e: TimelineEvent, summary: string): TimelineEvent => ({ ...e, summary });

describe('verifyTimeline', () => {
  it('accepts the chain the store builds', async () => {
    const db = await freshDb();
    const { caseId, events } = await worked(db);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await verifyTimeline(db, caseId)).toEqual({ ok: true, events: 4, head: { seq: 4, hash: events[3]!.hash } });
  });

  it('finds an edited event, and says which and why', async () => {
    const db = await freshDb();
    const { caseId } = await worked(db);
    await tamper(db, caseId, (events) => events.map((e) => (e.seq === 2 ? withSummary(e, 'Acknowledged by letter') : e)));
    expect(await verifyTimeline(db, caseId)).toEqual({ ok: false, events: 4, brokenAtSeq: 2, reason: 'Event 2 has been altered: its contents no longer match its hash' });
  });

  it('finds an edit whose hash was recomputed, at the next link', async () => {
    const db = await freshDb();
    const { caseId } = await worked(db);
    await tamper(db, caseId, (events) =>
      events.map((e) => {
        if (e.seq !== 2) return e;
        const { hash: _old, ...rest } = withSummary(e, 'Acknowledged by letter');
        return { ...rest, hash: eventHash(rest) };
      }),
    );
    expect(await verifyTimeline(db, caseId)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'Event 3 does not follow event 2: the link between them is broken' });
  });

  it('finds events cut off the end or taken from the middle', async () => {
    const db = await freshDb();
    const { caseId } = await worked(db);
    await tamper(db, caseId, (events) => events.slice(0, 3));
    expect(await verifyTimeline(db, caseId)).toMatchObject({ ok: false, brokenAtSeq: 4, reason: 'Events from 4 to 4 are missing from the end of the timeline' });
    await tamper(db, caseId, (events) => events.filter((e) => e.seq !== 2));
    expect(await verifyTimeline(db, caseId)).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'Event 2 is missing: the timeline jumps to event 3' });
  });
});
