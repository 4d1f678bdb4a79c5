// The skeleton case repository on a real Dexie database over fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { getCase, listCases, recordComplaint } from '../../../renderer/store/cases';

let db: ComplaintsDatabase;
afterEach(async () => {
  await db?.delete();
});

const complaint = {
  channel: 'letter' as const,
  customerName: '  Idris Bamford ',
  customerContact: 'idris@example.org',
  receivedAt: '2026-11-23T10:00:00Z',
  summary: 'Broker fee was not disclosed.',
};

describe('recordComplaint', () => {
  it('stores the complaint with a yearly reference and reads it back after the database is reopened', async () => {
    db = new ComplaintsDatabase(`test-${crypto.randomUUID()}`);
    const first = await recordComplaint(db, complaint, new Date('2026-11-24T09:00:00Z'));
    const second = await recordComplaint(db, { ...complaint, receivedAt: '2027-01-04T10:00:00Z' }, new Date());
    const third = await recordComplaint(db, complaint, new Date());
    expect([first.reference, second.reference, third.reference]).toEqual(['JESQ-2026-000001', 'JESQ-2027-000001', 'JESQ-2026-000002']);
    expect(first.customerName).toBe('Idris Bamford');

    db.close();
    await db.open();
    expect(await getCase(db, first.id)).toEqual(first);
    const listed = (await listCases(db)).map((c) => c.reference);
    expect(listed[0]).toBe('JESQ-2027-000001'); // newest receipt first
    expect(listed.slice(1).sort()).toEqual(['JESQ-2026-000001', 'JESQ-2026-000002']);
  });

  it('rolls back the reference counter when the case cannot be stored', async () => {
    db = new ComplaintsDatabase(`test-${crypto.randomUUID()}`);
    const first = await recordComplaint(db, complaint, new Date());
    // A second case with the same reference breaks the unique index part-way through the transaction.
    await db.cases.update(first.id, { reference: 'JESQ-2026-000002' });
    await expect(recordComplaint(db, complaint, new Date())).rejects.toThrow();
    expect(await db.referenceCounters.get(2026)).toEqual({ year: 2026, last: 1 });
    expect(await db.cases.count()).toBe(1);
  });
});
