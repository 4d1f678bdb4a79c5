// Schema version 5: a version 2 database (through version 3's drafts) with cases on it opens under version 5 with its holds and recorders indexed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../../../renderer/store/db';
import { countWorkQueue, workListFilter } from '../../../renderer/store/work-list';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { settings } from '../../fixtures/cases';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, times } from './store-fixtures';

afterEach(deleteAll);

const later = '2026-11-26T10:00:00.000Z';
const today = later.slice(0, 10);

describe('version 2 to version 5', () => {
  it('marks the rows of cases on hold and finds "My cases" by who recorded them', async () => {
    const name = `store-migration-${crypto.randomUUID()}`;
    const v2 = await freshDb({ schemaVersion: 2 }, () => undefined, name);
    const held = await recorded(v2, actors.agent, newCustomerInput({ nature: 'Ofgem is looking into the switch.' }, 'Idris Bamford'));
    await acted(v2, held, [[{ type: 'placeHold', holdId: 'hold-1', agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-24' }, actors.manager, times.acknowledged]]);
    const released = await recorded(v2, actors.secondAgent, newCustomerInput({ nature: 'Meter readings ignored.' }, 'Margaret Oyelaran'));
    await acted(v2, released, [
      [{ type: 'placeHold', holdId: 'hold-2', agency: 'Ofgem', reference: 'OFG-2', from: '2026-11-24' }, actors.manager, times.acknowledged],
      [{ type: 'releaseHold', to: '2026-11-25' }, actors.manager, times.documentAttached],
    ]);
    // Version 2 code never wrote the flag: take out what today's projection adds, as a real v2 database would be.
    await v2.caseRows.toCollection().modify((row) => void delete row.onHold);
    const before = await v2.cases.toArray();
    v2.close();

    const v5 = new ComplaintsDatabase(name);
    await v5.open();
    expect(v5.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await v5.cases.toArray()).toEqual(before);
    expect((await v5.caseRows.get(held.id))?.onHold).toBe(1);
    expect((await v5.caseRows.get(released.id))?.onHold).toBe(0);
    const onHold = workListFilter('on-hold', {}, actors.manager, today, settings)!;
    expect((await listWorkQueue(v5, onHold, actors.manager, later)).items.map((i) => i.caseId)).toEqual([held.id]);
    expect(await countWorkQueue(v5, onHold, actors.manager, later)).toBe(1);
    const mine = workListFilter('mine', {}, actors.secondAgent, today, settings)!;
    expect((await listWorkQueue(v5, mine, actors.secondAgent, later)).items.map((i) => i.caseId)).toEqual([released.id]);
    v5.close();
  });

  it('takes a case off the On hold tab when its hold is released', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const onHold = workListFilter('on-hold', {}, actors.manager, today, settings)!;
    const placed = await acted(db, c, [[{ type: 'placeHold', holdId: 'hold-1', agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-24' }, actors.manager, times.acknowledged]]);
    expect((await listWorkQueue(db, onHold, actors.manager, later)).items.map((i) => i.caseId)).toEqual([c.id]);
    await acted(db, placed, [[{ type: 'releaseHold', to: '2026-11-25' }, actors.manager, times.documentAttached]]);
    expect((await listWorkQueue(db, onHold, actors.manager, later)).items).toEqual([]);
    expect(db.caseRows.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[audience+onHold+dueSort+reference]', '[audience+recordedById+dueSort+reference]']));
  });
});
