// Nothing an agent sees tells them a hidden complaint about staff exists: no gap in the references they see, and
// the customer look-up does not offer a customer whose only case is hidden from them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../shared/policy';
import { caseReference } from '../../../shared/model';
import { findCustomers } from '../../../renderer/store/customers';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { actors, deleteAll, freshDb, newCustomerInput, recorded, staff, staffComplaintInput } from './store-fixtures';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';

async function allList(db: ComplaintsDatabase, viewer: Viewer): Promise<string[]> {
  const page = await listWorkQueue(db, { includeFinished: true }, viewer, now, { limit: 200 });
  return page.items.map((i) => i.reference).sort();
}

describe('references', () => {
  it('number complaints about staff in a series of their own, so the All list an agent sees has no gap', async () => {
    const db = await freshDb();
    const first = await recorded(db, actors.agent);
    const hidden = await recorded(db, actors.agent, staffComplaintInput());
    const third = await recorded(db, actors.secondAgent, newCustomerInput({}, 'Idris Bamford'));
    const secondHidden = await recorded(db, actors.manager, newCustomerInput({ concernsStaff: true, namedStaffUserIds: [staff.secondAgent.id] }, 'Nia Evans'));
    expect([first.reference, third.reference]).toEqual(['JESQ-2026-000001', 'JESQ-2026-000002']);
    expect([hidden.reference, secondHidden.reference]).toEqual(['JESQ-2026-S00001', 'JESQ-2026-S00002']);
    for (const reference of [hidden.reference, secondHidden.reference]) expect(caseReference.safeParse(reference).success).toBe(true);
    for (const agent of [actors.agent, actors.secondAgent, actors.namedEmployee]) {
      const seen = await allList(db, agent);
      expect(seen).toEqual(['JESQ-2026-000001', 'JESQ-2026-000002']);
      const serials = seen.map((r) => Number(r.slice(-6)));
      expect(serials).toEqual(serials.map((_, i) => i + 1));
    }
    expect(await allList(db, actors.manager)).toEqual(['JESQ-2026-000001', 'JESQ-2026-000002', 'JESQ-2026-S00001', 'JESQ-2026-S00002']);
  });
});

describe('finding a customer while recording a complaint', () => {
  it('offers a customer with a case the user may see, or none yet, but not one whose only case is hidden from them', async () => {
    const db = await freshDb();
    await recorded(db, actors.agent, newCustomerInput({}, 'Margaret Oyelaran'));
    await recorded(db, actors.agent, { ...staffComplaintInput(), customer: newCustomerInput({}, 'Margaret Hidden').customer });
    await db.customers.put({ id: 'customer-new', name: 'Margaret Newcomer', nameKey: 'margaret newcomer', nameWords: ['margaret', 'newcomer'] });
    const names = async (viewer: Viewer) => (await findCustomers(db, 'margaret', viewer)).map((c) => c.name);
    for (const agent of [actors.agent, actors.secondAgent, actors.namedEmployee]) expect(await names(agent)).toEqual(['Margaret Newcomer', 'Margaret Oyelaran']);
    expect(await names(actors.manager)).toEqual(['Margaret Hidden', 'Margaret Newcomer', 'Margaret Oyelaran']);
  });

  it('still offers a customer who has a hidden case and one the user may see', async () => {
    const db = await freshDb();
    const open = await recorded(db, actors.agent, newCustomerInput({}, 'Margaret Oyelaran'));
    await recorded(db, actors.agent, { ...staffComplaintInput(), customer: { existingId: open.customerId } });
    expect((await findCustomers(db, 'margaret', actors.agent)).map((c) => c.name)).toEqual(['Margaret Oyelaran']);
  });
});
