// Recording complaints and taking workflow actions through the repository: references, refusals, versions.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCaseAction, recordComplaint, staleVersionMessage } from '../../../renderer/store/cases';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { actors, acted, deleteAll, freshDb, newCustomerInput, recorded, secondWindow, staff, storedEvents, times } from './store-fixtures';

afterEach(deleteAll);

describe('recordComplaint', () => {
  it('stores the case, a new customer, its list row, its first event and a yearly reference', async () => {
    const db = await freshDb();
    const first = await recorded(db, actors.agent);
    const second = await recorded(db, actors.agent, newCustomerInput({ receivedAt: '2027-01-04T10:00:00.000Z' }), '2027-01-04T10:05:00.000Z');
    const third = await recorded(db, actors.agent);
    expect([first.reference, second.reference, third.reference]).toEqual(['JESQ-2026-000001', 'JESQ-2027-000001', 'JESQ-2026-000002']);
    expect(await db.cases.get(first.id)).toEqual(first);
    expect(await db.customers.count()).toBe(3);
    const row = await db.caseRows.get(first.id);
    expect(row).toMatchObject({ reference: first.reference, stage: 'received', customerName: 'Jane Whitfield', confidential: 0, timelineSeq: 1 });
    expect(row?.nextDueKind).toBe('acknowledge');
    expect(row?.nextDueOn).toBe('2026-11-26');
    expect(await storedEvents(db, first.id)).toHaveLength(1);
    expect(await verifyTimeline(db, first.id)).toEqual({ ok: true, events: 1, head: { seq: 1, hash: row?.timelineHash } });
  });

  it('links a complaint to an existing customer', async () => {
    const db = await freshDb();
    const first = await recorded(db, actors.agent);
    const again = await recordComplaint(db, { ...newCustomerInput(), customer: { existingId: first.customerId } }, actors.agent, times.recorded);
    expect(again.ok && again.case.customerId).toBe(first.customerId);
    expect(await db.customers.count()).toBe(1);
    const missing = await recordComplaint(db, { ...newCustomerInput(), customer: { existingId: 'nobody' } }, actors.agent, times.recorded);
    expect(missing).toEqual({ ok: false, missing: ['The customer chosen is no longer on this desk: find them again or add them'] });
  });

  it('refuses invalid details, writes nothing and uses no reference', async () => {
    const db = await freshDb();
    const badCustomer = await recordComplaint(db, { ...newCustomerInput(), customer: { details: { name: 'No Contact' } } }, actors.agent, times.recorded);
    expect(badCustomer.ok).toBe(false);
    const future = await recordComplaint(db, newCustomerInput({ receivedAt: '2030-01-01T10:00:00.000Z' }), actors.agent, times.recorded);
    expect(future).toEqual({ ok: false, missing: ['Date and time received cannot be in the future'] });
    const admin = await recordComplaint(db, newCustomerInput(), actors.admin, times.recorded);
    expect(admin.ok).toBe(false);
    expect(await db.cases.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
    expect(await db.referenceCounters.count()).toBe(0);
    expect((await recorded(db, actors.agent)).reference).toBe('JESQ-2026-000001');
  });

  it('never reuses a reference a stored case holds, even when the counter is behind (a restored backup)', async () => {
    const db = await freshDb();
    await recorded(db, actors.agent);
    await recorded(db, actors.agent);
    await db.referenceCounters.put({ year: 2026, last: 0 });
    expect((await recorded(db, actors.agent)).reference).toBe('JESQ-2026-000003');
  });
});

describe('applyCaseAction', () => {
  it('saves an accepted action with a new version, event, row and per-case rows', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' } }, actors.agent, times.acknowledged);
    expect(result.ok).toBe(true);
    const saved = await db.cases.get(c.id);
    expect(saved?.version).toBe(2);
    expect(saved?.stage).toBe('acknowledged');
    expect(await db.caseRows.get(c.id)).toMatchObject({ stage: 'acknowledged', version: 2, timelineSeq: 2, nextDueKind: 'resolve', nextDueOn: '2026-12-07' });
    expect(await db.letters.toArray()).toEqual([{ caseId: c.id, id: 'acknowledgement', kind: 'acknowledgement', sentAt: times.acknowledged, channel: 'email', sentById: staff.agent.id }]);
    const events = await storedEvents(db, c.id);
    expect(events.map((e) => [e.seq, e.action])).toEqual([[1, 'receive'], [2, 'acknowledge']]);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[1]?.before).toMatchObject({ stage: 'received', acknowledgement: null });
  });

  it('refuses what the policy refuses, saying what is missing, and writes nothing', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: { type: 'startInvestigation' } }, actors.agent, times.acknowledged);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.missing[0]).toMatch(/investigation starts after the review/);
    expect((await db.cases.get(c.id))?.version).toBe(1);
    expect(await storedEvents(db)).toHaveLength(1);
  });

  it('checks the person assigned against the staff list', async () => {
    const db = await freshDb();
    const c = await acted(db, await recorded(db, actors.agent), [[{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.agent, times.acknowledged]]);
    const unknown = await applyCaseAction(db, { caseId: c.id, expectedVersion: c.version, action: { type: 'assignInvestigator', investigatorId: 'stranger' } }, actors.agent, times.investigatorAssigned);
    expect(unknown).toEqual({ ok: false, missing: ['Choose the investigator from the staff list: that person is not on this desk'] });
    const admin = await applyCaseAction(db, { caseId: c.id, expectedVersion: c.version, action: { type: 'assignInvestigator', investigatorId: staff.admin.id } }, actors.agent, times.investigatorAssigned);
    expect(admin).toEqual({ ok: false, missing: ['An administrator cannot be the investigator'] });
  });

  it('refuses to save over a newer version from a second window, with a clear message', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const other = secondWindow(db);
    const first = await applyCaseAction(other, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' } }, actors.secondAgent, times.acknowledged);
    expect(first.ok).toBe(true);
    const stale = await applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'letter' } }, actors.agent, times.acknowledged);
    const now = await db.cases.get(c.id);
    expect(stale).toEqual({ ok: false, missing: [staleVersionMessage(now!, 1)], conflict: { currentVersion: 2, changedAt: times.acknowledged } });
    expect(stale.ok ? '' : stale.missing[0]).toMatch(/changed elsewhere .* version 1, it is now version 2\. Your change was not saved/);
    expect(now?.acknowledgement?.channel).toBe('email');
    expect(await storedEvents(db)).toHaveLength(2);
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const other = secondWindow(db);
    const results = await Promise.all([
      applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' } }, actors.agent, times.acknowledged),
      applyCaseAction(other, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'letter' } }, actors.secondAgent, times.acknowledged),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.conflict)).toHaveLength(1);
    expect((await verifyTimeline(db, c.id)).ok).toBe(true);
  });
});
