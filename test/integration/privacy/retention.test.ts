// The retention review and anonymisation on a real store: nothing personal left anywhere, statistics and chain kept.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { anonymiseStoredCase, listCasesPastRetention } from '../../../renderer/store/retention';
import { saveRetentionYears } from '../../../renderer/store/settings/retention-years';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { findCustomers } from '../../../renderer/store/customers';
import { ALREADY_ANONYMISED, ANONYMISED_CUSTOMER, ANONYMISED_CUSTOMER_NAME } from '../../../shared/policy/privacy/anonymise';
import { actors, deleteAll, freshDb, newCustomerInput, recorded, snapshot, storedEvents } from '../store/store-fixtures';
import { endedCase, jane, janeConversation, janeNature, muchLater, omar } from './privacy-fixtures';

afterEach(deleteAll);

/** Every table as text, file bytes included, to search for what must be gone. */
async function wholeStore(db: Awaited<ReturnType<typeof freshDb>>): Promise<string> {
  const tables = await snapshot(db);
  const blobs = await Promise.all((await db.attachmentBlobs.toArray()).map((row) => row.blob.text()));
  return JSON.stringify(tables) + blobs.join('\n');
}

describe('listCasesPastRetention', () => {
  it('lists a finished case once its period has passed, for a manager only, by the period the administrator set', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    await recorded(db, actors.agent);
    expect((await listCasesPastRetention(db, actors.manager, '2025-11-22T10:00:00.000Z')).rows).toEqual([]);
    const review = await listCasesPastRetention(db, actors.manager, muchLater);
    expect(review).toEqual({ years: 6, rows: [{ caseId: c.id, reference: c.reference, version: c.version, customerName: jane.name, stage: 'withdrawn', category: undefined, endedOn: '2019-11-23', anonymiseFrom: '2025-11-23', confidential: false }] });
    expect((await listCasesPastRetention(db, actors.agent, muchLater)).rows).toEqual([]);
    expect(await saveRetentionYears(db, 8, actors.admin)).toEqual({ ok: true, years: 8 });
    expect((await listCasesPastRetention(db, actors.manager, muchLater)).rows).toEqual([]);
  });

  it('refuses a retention period that is not a whole number of years, or set by anyone but an administrator', async () => {
    const db = await freshDb();
    expect(await saveRetentionYears(db, 0, actors.admin)).toEqual({ ok: false, missing: ['Retention period must be a number of years from 1 to 50'] });
    expect(await saveRetentionYears(db, 'six', actors.admin)).toEqual({ ok: false, missing: ['Retention period must be a number of years from 1 to 50'] });
    expect(await saveRetentionYears(db, 3, actors.manager)).toEqual({ ok: false, missing: ['Only an administrator can set how long closed cases are kept'] });
  });
});

describe('anonymiseStoredCase', () => {
  it('replaces every name, contact and identifying text in the whole store, keeping the statistics and the timeline', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    const other = await endedCase(db, omar, 'Omar was charged an exit fee');
    const before = await storedEvents(db, c.id);
    expect((await wholeStore(db)).includes(jane.name)).toBe(true);

    const result = await anonymiseStoredCase(db, c.id, c.version, actors.manager, muchLater);
    if (!result.ok) throw new Error(result.missing.join('; '));

    const store = (await wholeStore(db)).toLowerCase();
    for (const original of [jane.name, 'Whitfield', jane.email, jane.phone, jane.accountNumber, janeNature, janeConversation, 'Mill Lane', 'Bill for Jane']) {
      expect(store.includes(original.toLowerCase()), `${original} is still in the store`).toBe(false);
    }
    expect(store).toContain(omar.name.toLowerCase());
    const after = await storedEvents(db, c.id);
    expect(after.map((e) => e.action)).toEqual([...before.map((e) => e.action), 'anonymise']);
    expect(after.slice(0, -1).map((e) => [e.seq, e.at, e.actorId, e.hash])).toEqual(before.map((e) => [e.seq, e.at, e.actorId, e.hash]));
    expect(await verifyTimeline(db, c.id)).toMatchObject({ ok: true, events: before.length + 1 });
    expect(await verifyTimeline(db, other.id)).toMatchObject({ ok: true });

    const stored = await db.cases.get(c.id);
    expect(stored && [stored.stage, stored.channel, stored.receivedAt, stored.withdrawal?.withdrawnAt, stored.conversations.length, stored.attachments.length]).toEqual(['withdrawn', c.channel, c.receivedAt, c.withdrawal?.withdrawnAt, 1, 1]);
    expect((await db.caseRows.get(c.id))?.customerName).toBe(ANONYMISED_CUSTOMER_NAME);
    expect(await db.attachmentBlobs.where('[caseId+id]').between([c.id, ''], [c.id, '\uffff']).count()).toBe(0);
    expect(await db.attachmentBlobs.where('[caseId+id]').between([other.id, ''], [other.id, '\uffff']).count()).toBe(1);
    expect(await findCustomers(db, 'Whitfield', actors.manager)).toEqual([]);
  });

  it('is refused a second time, and the anonymised case takes no more actions', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    const once = await anonymiseStoredCase(db, c.id, c.version, actors.manager, muchLater);
    if (!once.ok) throw new Error(once.missing.join('; '));
    const store = await snapshot(db);
    expect(await anonymiseStoredCase(db, c.id, once.case.version, actors.manager, muchLater)).toEqual({ ok: false, missing: [ALREADY_ANONYMISED] });
    const action = { type: 'referToConsumerAgency', referralId: 'r1', agency: 'Citizens Advice', referredOn: '2026-11-30' } as const;
    expect(await applyCaseAction(db, { caseId: c.id, expectedVersion: once.case.version, action }, actors.manager, muchLater)).toEqual({ ok: false, missing: [ALREADY_ANONYMISED] });
    expect(await snapshot(db)).toEqual(store);
    const again = { ...newCustomerInput(), customer: { existingId: c.customerId } };
    expect(await recordComplaint(db, again, actors.agent, muchLater)).toEqual({ ok: false, missing: [ANONYMISED_CUSTOMER] });
  });

  it('refuses a case not past retention, and an agent, writing nothing', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    const store = await snapshot(db);
    expect(await anonymiseStoredCase(db, c.id, c.version, actors.manager, '2025-11-22T10:00:00.000Z')).toEqual({
      ok: false,
      missing: ['This case ended on 23/11/2019 and is kept for 6 years: it can be anonymised from 23/11/2025'],
    });
    expect(await anonymiseStoredCase(db, c.id, c.version, actors.agent, muchLater)).toEqual({ ok: false, missing: ['Only a complaints manager can anonymise a case'] });
    expect(await snapshot(db)).toEqual(store);
  });

  it("keeps the customer's record while another case of theirs is live, and unlinks the anonymised case from it", async () => {
    const db = await freshDb();
    const old = await endedCase(db, jane, janeNature);
    const live = await recorded(db, actors.agent, { customer: { existingId: old.customerId }, complaint: { ...newCustomerInput().complaint, receivedAt: '2026-11-20T10:00:00.000Z', nature: 'A new problem with the meter' } }, '2026-11-20T10:00:00.000Z');
    const result = await anonymiseStoredCase(db, old.id, old.version, actors.manager, muchLater);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.case.customerId).not.toBe(live.customerId);
    expect((await db.customers.get(live.customerId))?.name).toBe(jane.name);
    expect(JSON.stringify(await storedEvents(db, old.id))).not.toContain(live.customerId);
  });
});
