// Schema versions: a database written by version 1, with data in it, opens under version 2 and gains its word index;
// one written by version 2 opens under version 3 and gains the drafts tables.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findCustomers } from '../../../renderer/store/customers';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../../../renderer/store/db';
import { loadDraft, saveDraft } from '../../../renderer/store/drafts';
import { searchCases } from '../../../renderer/store/search';
import { z } from 'zod';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, staff, times } from './store-fixtures';

afterEach(deleteAll);

describe('version 1 to version 2', () => {
  it('keeps every record and fills in the search words of existing cases and customers', async () => {
    const name = `store-migration-${crypto.randomUUID()}`;
    const v1 = await freshDb({ schemaVersion: 1 }, () => undefined, name);
    expect(v1.verno).toBe(1);
    await v1.users.bulkPut(Object.values(staff));
    const first = await recorded(v1, actors.agent, newCustomerInput({ nature: 'Broker fee was never disclosed.' }, 'Idris Bamford'));
    await acted(v1, first, [[{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.agent, times.acknowledged]]);
    await recorded(v1, actors.agent, newCustomerInput({ nature: 'Meter readings ignored.' }, 'Margaret Oyelaran'));
    // Version 1 code never wrote the words: take out what today's projection adds, as a real v1 database would be.
    await v1.caseRows.toCollection().modify((row) => void delete row.words);
    await v1.customers.toCollection().modify((c) => void delete c.nameWords);
    const before = { cases: await v1.cases.toArray(), timeline: await v1.timeline.toArray(), letters: await v1.letters.toArray() };
    v1.close();

    const v2 = new ComplaintsDatabase(name);
    await v2.open();
    expect(v2.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await v2.cases.toArray()).toEqual(before.cases);
    expect(await v2.timeline.toArray()).toEqual(before.timeline);
    expect(await v2.letters.toArray()).toEqual(before.letters);
    expect((await v2.caseRows.get(first.id))?.words).toEqual(expect.arrayContaining(['jesq-2026-000001', '000001', 'idris', 'bamford', 'broker', 'fee']));
    expect((await searchCases(v2, 'bamford fee', actors.agent, times.acknowledged)).items.map((i) => i.reference)).toEqual(['JESQ-2026-000001']);
    expect((await findCustomers(v2, 'oyelaran', { userId: 'user-agent', role: 'agent' })).map((c) => c.name)).toEqual(['Margaret Oyelaran']);
    expect((await listWorkQueue(v2, {}, actors.agent, times.acknowledged)).items).toHaveLength(2);
    expect((await verifyTimeline(v2, first.id)).ok).toBe(true);
    v2.close();
  });

  it('creates a new database at the latest version directly', async () => {
    const db = await freshDb();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.caseRows.schema.indexes.map((i) => i.name)).toContain('words');
  });

  it('opens an empty version 1 database under version 2', async () => {
    const name = `store-migration-${crypto.randomUUID()}`;
    const v1 = new ComplaintsDatabase(name, { schemaVersion: 1 });
    await v1.open();
    v1.close();
    const v2 = new ComplaintsDatabase(name);
    await v2.open();
    expect(await v2.caseRows.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});

describe('version 2 to version 3', () => {
  it('keeps every record and adds the empty drafts tables, which then hold a draft', async () => {
    const name = `store-migration-${crypto.randomUUID()}`;
    const v2 = await freshDb({ schemaVersion: 2 }, () => undefined, name);
    expect(v2.verno).toBe(2);
    const c = await recorded(v2, actors.agent, newCustomerInput({ nature: 'Switch to the new supplier never happened.' }, 'Idris Bamford'));
    const before = { cases: await v2.cases.toArray(), caseRows: await v2.caseRows.toArray(), timeline: await v2.timeline.toArray(), customers: await v2.customers.toArray() };
    expect(v2.tables.map((t) => t.name)).not.toContain('drafts');
    v2.close();

    const v3 = new ComplaintsDatabase(name, { schemaVersion: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.cases.toArray()).toEqual(before.cases);
    expect(await v3.caseRows.toArray()).toEqual(before.caseRows);
    expect(await v3.timeline.toArray()).toEqual(before.timeline);
    expect(await v3.customers.toArray()).toEqual(before.customers);
    expect(await v3.drafts.count()).toBe(0);
    expect(await v3.draftFiles.count()).toBe(0);
    const key = { userId: staff.agent.id, form: 'new-complaint' };
    await saveDraft(v3, key, { nature: 'Half typed' }, times.recorded);
    expect(await loadDraft(v3, key, z.object({ nature: z.string() }))).toMatchObject({ status: 'found', values: { nature: 'Half typed' } });
    expect((await verifyTimeline(v3, c.id)).ok).toBe(true);
    v3.close();
  });
});

describe('version 3 to version 4', () => {
  it('keeps every record and indexes cases by the dates they end, for the retention review', async () => {
    const name = `store-migration-${crypto.randomUUID()}`;
    const v3 = await freshDb({ schemaVersion: 3 }, () => undefined, name);
    expect(v3.verno).toBe(3);
    const c = await recorded(v3, actors.agent, newCustomerInput({ nature: 'My final bill was estimated.' }, 'Nia Rowlands'));
    const before = { cases: await v3.cases.toArray(), caseRows: await v3.caseRows.toArray(), timeline: await v3.timeline.toArray() };
    expect(v3.cases.schema.indexes.map((i) => i.name)).not.toContain('closeRecord.closedAt');
    v3.close();

    const v4 = new ComplaintsDatabase(name, { schemaVersion: 4 });
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(v4.cases.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['closeRecord.closedAt', 'withdrawal.withdrawnAt']));
    expect(await v4.cases.toArray()).toEqual(before.cases);
    expect(await v4.caseRows.toArray()).toEqual(before.caseRows);
    expect(await v4.timeline.toArray()).toEqual(before.timeline);
    expect(await v4.cases.where('closeRecord.closedAt').below('9999').count()).toBe(0);
    expect((await verifyTimeline(v4, c.id)).ok).toBe(true);
    v4.close();
    await Dexie.delete(name);
  });
});
