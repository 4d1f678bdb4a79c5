// Removing a reader from a complaint about staff rotates its key: the removed investigator's old wrap (kept in a
// copy of the desk, a backup, or their memory) opens nothing the case holds afterwards.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '../../../../shared/model';
import { openNow, unwrap, type WrappedKey } from '../../../../shared/sealed';
import { openCase } from '../../../../renderer/store/case-views';
import type { ComplaintsDatabase } from '../../../../renderer/store/db';
import { addAttachment, readAttachment } from '../../../../renderer/store/attachments';
import { recordComplaint } from '../../../../renderer/store/cases';
import { acted, actors, deleteAll, freshDb, secondWindow, staff, staffComplaintInput, times } from '../store-fixtures';
import { keysOf, signedInAs } from '../sealed-fixtures';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';
const LATER = 'Spoke to the team leader about the second hang-up';

async function windowOf(db: ComplaintsDatabase, user: User): Promise<ComplaintsDatabase> {
  const win = secondWindow(db);
  await win.open();
  await signedInAs(win, user);
  return win;
}

type RawRow = { sealed?: { v: 1; iv: Uint8Array; ct: Uint8Array }; [field: string]: unknown };

/** Every stored row of the case in these stores, read with the plain IndexedDB API, with the scope it was sealed in. */
async function rawRowsOf(db: ComplaintsDatabase, caseId: string): Promise<{ table: string; rowId: string; row: RawRow }[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const out: { table: string; rowId: string; row: RawRow }[] = [];
  for (const table of ['cases', 'caseRows', 'timeline', 'conversations', 'attachments']) {
    const rows = await new Promise<RawRow[]>((resolve, reject) => {
      const req = idb.transaction(table, 'readonly').objectStore(table).getAll();
      req.onsuccess = () => resolve(req.result as RawRow[]);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    for (const row of rows) {
      if ((row.caseId ?? row.id) !== caseId) continue;
      const rowId = table === 'cases' ? String(row.id) : table === 'caseRows' ? String(row.caseId) : String(row.id ?? row.page);
      out.push({ table, rowId, row });
    }
  }
  idb.close();
  return out;
}

const opens = (key: Uint8Array, caseId: string, r: { table: string; rowId: string; row: RawRow }) => {
  if (!r.row.sealed) return true;
  try {
    openNow(key, { table: r.table, rowId: r.rowId, caseId }, r.row.sealed);
    return true;
  } catch {
    return false;
  }
};

describe('removing an investigator from a complaint about staff', { timeout: 60_000 }, () => {
  it('makes a new key for the remaining readers: the removed investigator’s old wrap opens nothing written afterwards', async () => {
    const db = await freshDb();
    const agent = await windowOf(db, staff.agent);
    const recordedCase = await recordComplaint(agent, staffComplaintInput(), actors.agent, times.recorded);
    if (!recordedCase.ok) throw new Error(recordedCase.missing.join('; '));
    const caseId = recordedCase.case.id;
    const manager = await windowOf(db, staff.manager);
    const opened = await openCase(manager, caseId, actors.manager, now);
    if (opened.status !== 'open') throw new Error('the manager could not open it');
    const assigned = await acted(manager, opened.case, [[{ type: 'assignInvestigator', investigatorId: staff.investigator.id }, actors.manager, now]]);
    const withFile = await addAttachment(manager, { caseId, expectedVersion: assigned.version, file: new Blob(['first notes'], { type: 'text/plain' }), name: 'notes.txt', source: 'company' }, actors.manager, now);
    if (!withFile.ok) throw new Error(withFile.missing.join('; '));

    // The investigator's wrap, as a copy of the desk made now would keep it, and the key it opens.
    const investigator = await windowOf(db, staff.investigator);
    expect((await openCase(investigator, caseId, actors.investigator, now)).status).toBe('open');
    const oldWrap = (await db.caseKeys.get([caseId, staff.investigator.id]))?.wrap as WrappedKey;
    const { unlocked } = await keysOf(staff.investigator.id);
    const oldKey = oldWrap.alg === 'A256KW' ? investigator.keyring.openingKey(caseId)! : await unwrap(oldWrap, unlocked);
    expect(investigator.keyring.openingKey(caseId)).toEqual(oldKey);
    // The test can fail: before the removal the old key opens every row of the case.
    expect((await rawRowsOf(db, caseId)).every((r) => opens(oldKey, caseId, r))).toBe(true);

    const current = await openCase(manager, caseId, actors.manager, now);
    if (current.status !== 'open') throw new Error('the manager lost the case');
    const replaced = await acted(manager, current.case, [[{ type: 'assignInvestigator', investigatorId: staff.secondAgent.id }, actors.manager, now]]);
    await acted(manager, replaced, [[{ type: 'recordConversation', conversationId: 'after-removal', on: '2026-11-26', channel: 'telephone', people: [{ name: 'The team leader' }], summary: LATER }, actors.manager, now]]);

    const after = await rawRowsOf(db, caseId);
    expect(after.some((r) => r.table === 'conversations')).toBe(true);
    expect(after.filter((r) => r.row.sealed).length).toBe(after.length);
    expect(after.filter((r) => opens(oldKey, caseId, r))).toEqual([]);
    const wraps = await db.caseKeys.where('[caseId+recipientId]').between([caseId, ''], [caseId, '\uffff']).toArray();
    expect(wraps.map((w) => w.recipientId).sort()).toEqual([staff.manager.id, staff.reviewer.id, staff.secondAgent.id].sort());

    // Put back into the desk as it was (a restored copy), the old wrap still opens nothing: the key it holds is gone.
    await db.caseKeys.put({ caseId, recipientId: staff.investigator.id, wrap: oldWrap, by: staff.manager.id, at: now });
    const former = await windowOf(db, staff.investigator);
    expect(await former.conversations.where('[caseId+id]').between([caseId, ''], [caseId, '\uffff']).toArray()).toEqual([]);

    // The readers left open everything, the file and what was written after included.
    for (const [user, actor] of [[staff.secondAgent, actors.secondAgent], [staff.reviewer, actors.reviewer], [staff.manager, actors.manager]] as const) {
      const win = await windowOf(db, user);
      const view = await openCase(win, caseId, actor, now);
      expect(view.status === 'open' && view.timeline.some((e) => e.summary.includes('conversation') || JSON.stringify(e.after ?? '').includes(LATER))).toBe(true);
      const file = await readAttachment(win, caseId, withFile.attachment.id, actor, now);
      expect(file.ok && (await file.blob.text())).toBe('first notes');
    }
  });
});
