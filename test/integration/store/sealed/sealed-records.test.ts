// Complaints about staff at rest: sealed in IndexedDB, opened only in a window signed in as one of their readers.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ComplaintCase, User } from '../../../../shared/model';
import { actorOf } from '../../../../shared/model';
import { addAttachment, readAttachment } from '../../../../renderer/store/attachments';
import { openCase } from '../../../../renderer/store/case-views';
import type { ComplaintsDatabase } from '../../../../renderer/store/db';
import { loadDraft, saveDraft } from '../../../../renderer/store/drafts';
import { searchCases } from '../../../../renderer/store/search';
import { listWorkQueue } from '../../../../renderer/store/work-queue';
import { NO_READER } from '../../../../renderer/store/sealed/case-keys';
import { recordComplaint } from '../../../../renderer/store/cases';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, secondWindow, staff, times } from '../store-fixtures';
import { signedInAs } from '../sealed-fixtures';
import { rawDesk } from './raw-desk';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';
const CUSTOMER = 'Siân Gwŷn Łukasiewicz';
const NATURE = 'The adviser sneered about exit fees and hung up on me twice.';

function staffInput() {
  return newCustomerInput(
    { concernsStaff: true, namedStaffUserIds: [staff.namedEmployee.id], dealtWithName: staff.namedEmployee.name, dealtWithUserId: staff.namedEmployee.id, nature: NATURE },
    CUSTOMER,
  );
}

/** A window of the same desk signed in as one person: only their keys. */
async function windowOf(db: ComplaintsDatabase, user: User): Promise<ComplaintsDatabase> {
  const win = secondWindow(db);
  await win.open();
  await signedInAs(win, user);
  return win;
}

async function recordedByAgent(db: ComplaintsDatabase): Promise<{ c: ComplaintCase; agent: ComplaintsDatabase }> {
  const agent = await windowOf(db, staff.agent);
  const result = await recordComplaint(agent, staffInput(), actors.agent, times.recorded);
  if (!result.ok) throw new Error(result.missing.join('; '));
  return { c: result.case, agent };
}

function expectNothingReadable(raw: string, c: ComplaintCase): void {
  // The named employee's name is on the staff list (users) as any account's is: what the complaint says is not.
  for (const secret of [CUSTOMER, 'Łukasiewicz', 'Siân', c.reference, 'exit fees', 'sneered', 'jane.whitfield']) expect(raw.includes(secret), secret).toBe(false);
}

describe('a complaint about staff at rest', { timeout: 60_000 }, () => {
  it('is stored only sealed: no customer name, reference or summary word anywhere in the raw database', async () => {
    const db = await freshDb();
    const { c } = await recordedByAgent(db);
    const manager = await windowOf(db, staff.manager);
    const opened = await openCase(manager, c.id, actors.manager, now);
    const after = opened.status === 'open' ? opened.case : c;
    const attached = await addAttachment(manager, { caseId: c.id, expectedVersion: after.version, file: new Blob([`Notes about ${CUSTOMER}: exit fees`], { type: 'text/plain' }), name: `${CUSTOMER} exit fees.txt`, source: 'company' }, actors.manager, times.acknowledged);
    expect(attached.ok).toBe(true);
    expectNothingReadable(await rawDesk(db), c);
  });

  it('cannot be read back by the agent who recorded it: they keep a receipt sealed to their own key', async () => {
    const db = await freshDb();
    const { c, agent } = await recordedByAgent(db);
    const view = await openCase(agent, c.id, actors.agent, now);
    expect(view).toMatchObject({ status: 'receipt', receipt: { reference: c.reference } });
    expect(await agent.cases.get(c.id)).toBeUndefined();
    expect(await agent.caseKeys.where('recipientId').equals(staff.agent.id).count()).toBe(0);
    // The same agent on a new session (after signing in again) still gets only the receipt.
    const again = await windowOf(db, staff.agent);
    expect((await openCase(again, c.id, actors.agent, now)).status).toBe('receipt');
  });

  it('opens in full for a complaints manager, in lists, search, the case page and its files', async () => {
    const db = await freshDb();
    const { c } = await recordedByAgent(db);
    const manager = await windowOf(db, staff.manager);
    const view = await openCase(manager, c.id, actors.manager, now);
    expect(view.status === 'open' && view.customer?.name).toBe(CUSTOMER);
    const list = await listWorkQueue(manager, { includeFinished: true }, actors.manager, now);
    expect(list.items.map((i) => [i.reference, i.customerName])).toEqual([[c.reference, CUSTOMER]]);
    expect((await searchCases(manager, 'exit fees', actors.manager, now)).items.map((i) => i.reference)).toEqual([c.reference]);
    expect((await searchCases(manager, c.reference, actors.manager, now)).items.map((i) => i.reference)).toEqual([c.reference]);
    const file = await addAttachment(manager, { caseId: c.id, expectedVersion: view.status === 'open' ? view.case.version : 0, file: new Blob(['the notes'], { type: 'text/plain' }), name: 'notes.txt', source: 'company' }, actors.manager, now);
    if (!file.ok) throw new Error(file.missing.join('; '));
    const read = await readAttachment(manager, c.id, file.attachment.id, actors.manager, now);
    expect(read.ok && (await read.blob.text())).toBe('the notes');
  });

  it.each([
    ['the administrator', staff.admin],
    ['the named employee', staff.namedEmployee],
    ['another agent', staff.secondAgent],
  ])('gives %s nothing, even claiming to be a complaints manager', async (_, user) => {
    const db = await freshDb();
    const { c } = await recordedByAgent(db);
    const win = await windowOf(db, user);
    for (const viewer of [actorOf(user), { userId: user.id, role: 'complaints-manager' as const }]) {
      expect((await openCase(win, c.id, viewer, now)).status).toBe('not-found');
      expect((await listWorkQueue(win, { includeFinished: true }, viewer, now)).items).toEqual([]);
      expect((await searchCases(win, 'exit', viewer, now)).items).toEqual([]);
    }
    expect(await win.cases.toArray()).toEqual([]);
  });

  it('follows its investigator: assigning wraps the key for them, replacing them removes it', async () => {
    const db = await freshDb();
    const { c } = await recordedByAgent(db);
    const manager = await windowOf(db, staff.manager);
    const opened = await openCase(manager, c.id, actors.manager, now);
    if (opened.status !== 'open') throw new Error('manager could not open it');
    const assigned = await acted(manager, opened.case, [[{ type: 'assignInvestigator', investigatorId: staff.investigator.id }, actors.manager, now]]);
    const investigator = await windowOf(db, staff.investigator);
    expect((await openCase(investigator, c.id, actors.investigator, now)).status).toBe('open');
    await acted(manager, assigned, [[{ type: 'assignInvestigator', investigatorId: staff.secondAgent.id }, actors.manager, now]]);
    expect(await db.caseKeys.get([c.id, staff.investigator.id])).toBeUndefined();
    const formerInvestigator = await windowOf(db, staff.investigator);
    expect((await openCase(formerInvestigator, c.id, actors.investigator, now)).status).toBe('not-found');
    const newInvestigator = await windowOf(db, staff.secondAgent);
    expect((await openCase(newInvestigator, c.id, actors.secondAgent, now)).status).toBe('open');
  });

  it('does not open when its sealed content is moved onto another case', async () => {
    const db = await freshDb();
    const { c } = await recordedByAgent(db);
    const second = await recordComplaint(await windowOf(db, staff.agent), staffInput(), actors.agent, times.recorded);
    if (!second.ok) throw new Error('second not recorded');
    const raw = await rawRow(db, c.id);
    await putRaw(db, second.case.id, { ...raw, id: second.case.id });
    const manager = await windowOf(db, staff.manager);
    expect((await openCase(manager, second.case.id, actors.manager, now)).status).toBe('not-found');
  });

  it('is refused, with nothing saved, when no complaints manager on the desk has keys yet', async () => {
    const db = await freshDb();
    await db.userKeys.clear();
    const result = await recordComplaint(db, staffInput(), actors.agent, times.recorded);
    expect(result).toEqual({ ok: false, missing: [NO_READER] });
    expect(await db.cases.count()).toBe(0);
  });

  it('seals a case that becomes a complaint about staff later, every row of it', async () => {
    const db = await freshDb();
    const manager = await windowOf(db, staff.manager);
    const plain = await recorded(manager, actors.agent, newCustomerInput({ nature: NATURE }, CUSTOMER));
    expect(await rawDesk(db)).toContain('exit fees');
    const flagged = await acted(manager, plain, [[{ type: 'recordStaffConcern', namedStaffUserIds: [staff.namedEmployee.id] }, actors.manager, now]]);
    const raw = await rawDesk(db);
    for (const secret of [flagged.reference, 'exit fees', 'sneered']) expect(raw).not.toContain(secret);
    expect((await openCase(manager, plain.id, actors.manager, now)).status).toBe('open');
  });
});

describe('drafts at rest', () => {
  it('are sealed under the typist’s own key: nobody else’s window opens them', async () => {
    const db = await freshDb();
    const agent = await windowOf(db, staff.agent);
    const key = { userId: staff.agent.id, form: 'new-complaint' };
    await saveDraft(agent, key, { customerName: CUSTOMER, nature: NATURE }, now);
    expect(await rawDesk(db)).not.toContain('Łukasiewicz');
    const back = await loadDraft(agent, key, z.object({ customerName: z.string(), nature: z.string() }));
    expect(back.status === 'found' && back.values?.customerName).toBe(CUSTOMER);
    const admin = await windowOf(db, staff.admin);
    expect(await admin.drafts.toArray()).toEqual([]);
  });
});

async function rawRow(db: ComplaintsDatabase, id: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => {
      const get = req.result.transaction('cases').objectStore('cases').get(id);
      get.onsuccess = () => {
        req.result.close();
        resolve(get.result as Record<string, unknown>);
      };
    };
    req.onerror = () => reject(new Error('open failed'));
  });
}

async function putRaw(db: ComplaintsDatabase, _id: string, row: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => {
      const tx = req.result.transaction('cases', 'readwrite');
      tx.objectStore('cases').put(row);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
    };
    req.onerror = () => reject(new Error('open failed'));
  });
}
