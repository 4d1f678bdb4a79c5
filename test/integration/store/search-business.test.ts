// Search finds a broker's case by each business detail (CHSR context): recorded at receipt, and changed later.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrokerContextInput } from '../../../shared/model';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, times } from './store-fixtures';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';

const business: BrokerContextInput = {
  businessName: 'Ynys Môn Bakeries Ltd',
  actingPerson: 'Gwenllian Prys',
  businessSize: 'micro',
  businessSizeReason: '6 employees, turnover £400,000',
  suppliers: [
    { name: 'Dyfed Power', complaintReference: 'DP-778812' },
    { name: 'Northgas Supply', complaintReference: 'NGS/2026/0042' },
  ],
  meterPoints: [
    { kind: 'mpan', number: '13 1234 5678 907' },
    { kind: 'mprn', number: '7306854108' },
  ],
  contractStart: '2025-04-01',
  contractEnd: '2027-03-31',
  letterOfAuthorityOnFile: true,
  letterOfAuthorityExpires: '2027-04-01',
  commissionDisclosed: 'no',
};

async function desk(db: ComplaintsDatabase) {
  // Another case on the desk, so a search that found everything would show.
  await recorded(db, actors.agent, newCustomerInput({ nature: 'The renewal quote was never sent.' }, 'Harriet Cole'));
  return recorded(db, actors.agent, newCustomerInput({ nature: 'Our standing charge doubled at renewal.', business }, 'Gwenllian Prys'));
}

const refs = (page: { items: { reference: string }[] }) => page.items.map((i) => i.reference);

describe("searching a broker's case by its business", () => {
  it.each([
    ['the business name', 'ynys mon bakeries'],
    ['the start of the business name', 'Ynys'],
    ['the person complaining for it', 'gwenllian'],
    ['a supplier', 'dyfed power'],
    ['another supplier', 'northgas'],
    ["a supplier's complaint reference", 'DP-778812'],
    ["a supplier's reference with slashes", 'NGS/2026/0042'],
    ['the MPAN core, typed as on a bill', '13 1234 5678 907'],
    ['the MPAN core, typed whole', '1312345678907'],
    ['the MPRN', '7306854108'],
  ])('finds it by %s, and only it', async (_, text) => {
    const db = await freshDb();
    const broker = await desk(db);
    expect(refs(await searchCases(db, text, actors.agent, now))).toEqual([broker.reference]);
  });

  it('finds it by business details recorded after receipt, and no longer by those replaced', async () => {
    const db = await freshDb();
    const first = await recorded(db, actors.agent, newCustomerInput({ nature: 'Our standing charge doubled at renewal.' }, 'Ruth Adeyemi'));
    expect(refs(await searchCases(db, 'Dyfed', actors.agent, now))).toEqual([]);
    const withBusiness = await acted(db, first, [[{ type: 'recordBusinessDetails', business }, actors.agent, times.recorded]]);
    expect(refs(await searchCases(db, 'Dyfed', actors.agent, now))).toEqual([withBusiness.reference]);
    expect(refs(await searchCases(db, '7306854108', actors.agent, now))).toEqual([withBusiness.reference]);

    const changed = { ...business, suppliers: [{ name: 'Severn Energy', complaintReference: 'SE-1001' }], meterPoints: [] };
    await acted(db, withBusiness, [[{ type: 'recordBusinessDetails', business: changed }, actors.agent, times.recorded]]);
    expect(refs(await searchCases(db, 'severn', actors.agent, now))).toEqual([withBusiness.reference]);
    expect(refs(await searchCases(db, 'SE-1001', actors.agent, now))).toEqual([withBusiness.reference]);
    expect(refs(await searchCases(db, 'Dyfed', actors.agent, now))).toEqual([]);
    expect(refs(await searchCases(db, '7306854108', actors.agent, now))).toEqual([]);
  });
});
