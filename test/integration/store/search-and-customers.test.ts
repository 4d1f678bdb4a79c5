// Text search over references, names and summaries, and finding an existing customer while recording.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { findCustomers } from '../../../renderer/store/customers';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { actors, deleteAll, freshDb, recorded, staffComplaintInput } from './store-fixtures';
import type { RecordComplaintInput } from '../../../renderer/store/cases';
import { intake } from '../../fixtures/cases';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';

function complaintFrom(name: string, details: Partial<RecordComplaintInput['customer'] & { details: object }>['details'], nature: string): RecordComplaintInput {
  const { customerId: _c, ...complaint } = intake({ nature });
  return { customer: { details: { name, ...details } }, complaint };
}

async function desk(db: ComplaintsDatabase) {
  await recorded(db, actors.agent, complaintFrom('Margaret Oyelaran', { phone: '07700 900123' }, 'Billed twice for the October gas contract renewal.'));
  await recorded(db, actors.agent, complaintFrom('Idris Bamford', { email: 'Idris.Bamford@example.org', accountNumber: 'JS-0012345' }, 'Broker fee was not disclosed before signing.'));
  await recorded(db, actors.agent, complaintFrom("Siobhan O'Brien", { phone: '+44 (113) 496 0001' }, 'Smart meter readings ignored; every gas bill estimated.'));
  await recorded(db, actors.agent, complaintFrom('Pennine Joinery Ltd', { phone: '0113 496 0002' }, 'Switch to Octopus delayed by six weeks.'));
}

const refs = (page: { items: { reference: string }[] }) => page.items.map((i) => i.reference);

describe('searchCases', () => {
  it.each([
    ['a name', 'oyelaran', ['JESQ-2026-000001']],
    ['the start of a name', 'Bamf', ['JESQ-2026-000002']],
    ['a name with an apostrophe', "o'brien", ['JESQ-2026-000003']],
    ['a whole reference', 'jesq-2026-000004', ['JESQ-2026-000004']],
    ['the serial of a reference', '000002', ['JESQ-2026-000002']],
    ['words of a summary', 'gas', ['JESQ-2026-000001', 'JESQ-2026-000003']],
    ['every word must match', 'gas smart', ['JESQ-2026-000003']],
    ['nothing that matches', 'electricity', []],
    ['only stop words', 'the and', []],
  ])('finds cases by %s', async (_, text, expected) => {
    const db = await freshDb();
    await desk(db);
    expect(refs(await searchCases(db, text, actors.agent, now)).sort()).toEqual(expected);
  });

  it('pages through many matches without repeats or gaps', async () => {
    const db = await freshDb();
    for (let i = 0; i < 23; i += 1) await recorded(db, actors.agent, complaintFrom(`Customer ${i}`, { phone: '07700 900001' }, 'Direct debit taken twice.'));
    const pages = [];
    for (let offset = 0; offset < 30; offset += 10) pages.push(await searchCases(db, 'debit', actors.agent, now, { limit: 10, offset }));
    expect(pages.map((p) => [p.items.length, p.more])).toEqual([[10, true], [10, true], [3, false]]);
    const all = pages.flatMap(refs);
    expect(new Set(all).size).toBe(23);
  });

  it('leaves out confidential cases the viewer may not see, and finds nothing for an administrator', async () => {
    const db = await freshDb();
    await desk(db);
    await recorded(db, actors.agent, staffComplaintInput());
    expect(refs(await searchCases(db, 'whitfield', actors.agent, now))).toEqual([]);
    expect(refs(await searchCases(db, 'whitfield', actors.manager, now))).toEqual(['JESQ-2026-S00001']);
    expect(refs(await searchCases(db, 'gas', actors.admin, now))).toEqual([]);
  });
});

describe('findCustomers', () => {
  it.each([
    ['a name', 'margaret', ['Margaret Oyelaran']],
    ['parts of a name', 'oyel marg', ['Margaret Oyelaran']],
    ['a business name', 'pennine join', ['Pennine Joinery Ltd']],
    ['a mobile number with spaces', '07700 900 123', ['Margaret Oyelaran']],
    ['a number written with +44', '+44 113 496 0001', ["Siobhan O'Brien"]],
    ['the start of a number', '0113 496', ['Pennine Joinery Ltd', "Siobhan O'Brien"]],
    ['an email address, any case', 'idris.bamford@EXAMPLE', ['Idris Bamford']],
    ['an account number', 'js0012', ['Idris Bamford']],
    ['too little to go on', 'a', []],
  ])('finds a customer by %s', async (_, query, expected) => {
    const db = await freshDb();
    await desk(db);
    expect((await findCustomers(db, query, actors.agent)).map((c) => c.name)).toEqual(expected);
  });

  it('leaves out customers whose details were anonymised', async () => {
    const db = await freshDb();
    await desk(db);
    const [margaret] = await findCustomers(db, 'margaret', actors.agent);
    await db.customers.update(margaret!.id, { anonymisedAt: now });
    expect(await findCustomers(db, 'margaret', actors.agent)).toEqual([]);
  });
});
