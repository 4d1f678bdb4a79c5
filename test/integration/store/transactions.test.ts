// Multi-table writes are all or nothing: a write failing part-way, or a full disk, leaves the store as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { StoreFullError, TimelineAppendOnlyError } from '../../../renderer/store/errors';
import type { Actor } from '../../../shared/model';
import type { CaseAction } from '../../../shared/policy';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { acted, actors, deleteAll, failNextWrite, freshDb, newCustomerInput, recorded, snapshot, times } from './store-fixtures';

afterEach(deleteAll);

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const acknowledge = { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' } as const;

describe('a write that fails part-way', () => {
  it.each(['timeline', 'caseRows', 'letters'])('rolls back a workflow action when writing %s fails', async (table) => {
    let failure = { arm: () => undefined as void };
    const db = await freshDb({}, (d) => {
      failure = failNextWrite(d, table, () => new Error(`disk error writing ${table}`), true);
    });
    const c = await recorded(db, actors.agent);
    const before = await snapshot(db);
    failure.arm();
    await expect(applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: acknowledge }, actors.agent, times.acknowledged)).rejects.toThrow(`disk error writing ${table}`);
    expect(await snapshot(db)).toEqual(before);
    const retried = await applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: acknowledge }, actors.agent, times.acknowledged);
    expect(retried.ok).toBe(true);
  });

  it('rolls back a new complaint, its customer and its reference when the timeline write fails', async () => {
    const db = await freshDb({}, (d) => failNextWrite(d, 'timeline', () => new Error('crash')));
    await expect(recordComplaint(db, newCustomerInput(), actors.agent, times.recorded)).rejects.toThrow('crash');
    for (const table of ['cases', 'customers', 'caseRows', 'timeline', 'referenceCounters']) expect(await db.table(table).count()).toBe(0);
    // The failed complaint never held its reference, so the next one is JESQ-2026-000001 and no case shares it.
    expect((await recorded(db, actors.agent)).reference).toBe('JESQ-2026-000001');
    expect((await recorded(db, actors.agent)).reference).toBe('JESQ-2026-000002');
  });
});

describe('a full disk', () => {
  it('turns QuotaExceededError part-way through a case write into StoreFullError, with nothing changed', async () => {
    let failure = { arm: () => undefined as void };
    const db = await freshDb({}, (d) => {
      failure = failNextWrite(d, 'caseRows', quotaExceeded, true);
    });
    const c = await recorded(db, actors.agent);
    const before = await snapshot(db);
    failure.arm();
    const attempt = applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: acknowledge }, actors.agent, times.acknowledged);
    await expect(attempt).rejects.toBeInstanceOf(StoreFullError);
    await expect(attempt).rejects.toThrow(/run out of space .* not saved\. Nothing was lost/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('recognises the quota error however it is wrapped', async () => {
    const db = await freshDb({}, (d) => failNextWrite(d, 'customers', () => Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quotaExceeded() })));
    await expect(recordComplaint(db, newCustomerInput(), actors.agent, times.recorded)).rejects.toBeInstanceOf(StoreFullError);
    expect(await db.cases.count()).toBe(0);
  });
});

describe('the timeline', () => {
  it('is append-only: stored events cannot be changed, dropped or deleted through the store', async () => {
    const db = await freshDb();
    const c = await acted(db, await recorded(db, actors.agent), [[acknowledge, actors.agent, times.acknowledged]]);
    const [page] = await db.timeline.toArray();
    const [first, second] = page!.events;
    await expect(db.timeline.put({ ...page!, events: [{ ...first!, summary: 'Nothing happened' }, second!] })).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.put({ ...page!, events: [first!] })).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.put({ ...page!, events: [second!, first!] })).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.update([c.id, 0], { events: [] })).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.delete([c.id, 0])).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.clear()).rejects.toBeInstanceOf(TimelineAppendOnlyError);
    await expect(db.timeline.add(page!)).rejects.toThrow(); // the same page twice: the chain cannot fork
    expect(await db.timeline.toArray()).toEqual([page]);
  });

  it('moves to a new page every 20 events, and the chain runs on across pages', async () => {
    const db = await freshDb();
    let c = await recorded(db, actors.agent);
    const conversation = (i: number): CaseAction => ({ type: 'recordConversation', conversationId: `conversation-${i}`, on: '2026-11-23', channel: 'telephone', people: [{ name: 'Jane Whitfield' }], summary: `Call ${i}` });
    c = await acted(db, c, Array.from({ length: 24 }, (_, i): [CaseAction, Actor, string] => [conversation(i), actors.agent, times.acknowledged]));
    expect((await db.timeline.toArray()).map((p) => [p.page, p.events.length, p.events[0]?.seq])).toEqual([[0, 20, 1], [1, 5, 21]]);
    expect(await verifyTimeline(db, c.id)).toMatchObject({ ok: true, events: 25 });
  });
});
