// The change journal (schema version 21) on real Dexie: every row written or deleted, through any path, is named in
// the same transaction; a desk with no backup chain keeps none.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintsDatabase } from '../../../../renderer/store/db';
import { saveDraft, discardDraft } from '../../../../renderer/store/drafts';
import { actors, deleteAll, freshDb, recorded, staff } from '../store-fixtures';

afterEach(deleteAll);

const journalOf = async (db: ComplaintsDatabase) => (await db.changeJournal.toArray()).map((e) => `${e.table}:${JSON.stringify(e.key)}`);

describe('the change journal', () => {
  it('names every row a complaint writes, with its key', async () => {
    const db = await freshDb();
    await db.changeJournal.clear();
    const c = await recorded(db, actors.agent);
    const journal = await journalOf(db);
    expect(journal).toContain(`cases:${JSON.stringify(c.id)}`);
    expect(journal).toContain(`caseRows:${JSON.stringify(c.id)}`);
    expect(journal).toContain(`customers:${JSON.stringify(c.customerId)}`);
    expect(journal).toContain(`timeline:${JSON.stringify([c.id, 0])}`);
    const seqs = (await db.changeJournal.toArray()).map((e) => e.seq ?? 0);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('names rows deleted one by one and by range, and rows given keys by the table', async () => {
    const db = await freshDb();
    const key = { userId: staff.agent.id, form: 'new-complaint' };
    await saveDraft(db, key, { nature: 'Half typed' }, '2026-12-01T10:00:00.000Z');
    await db.changeJournal.clear();
    await discardDraft(db, key);
    expect(await journalOf(db)).toContain(`drafts:${JSON.stringify([key.userId, key.form])}`);

    await db.settings.bulkPut([{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
    await db.changeJournal.clear();
    await db.settings.where('key').between('a', 'b', true, true).delete();
    await db.settings.clear();
    expect((await journalOf(db)).filter((e) => e.startsWith('settings:'))).toEqual(expect.arrayContaining(['settings:"a"', 'settings:"b"']));

    await db.changeJournal.clear();
    const seq = await db.purgeLog.add({ caseId: 'case-1', purgedAt: '2026-12-01T10:00:00.000Z', reason: 'receipt' });
    expect(await journalOf(db)).toEqual([`purgeLog:${seq}`]);
  });

  it('keeps nothing of its own bookkeeping, and is emptied on opening when no chain is being written', async () => {
    const db = await freshDb();
    await db.backupFiles.put({ digest: 'a'.repeat(64) });
    expect((await journalOf(db)).some((e) => e.startsWith('backupFiles:'))).toBe(false);
    await recorded(db, actors.agent);
    expect(await db.changeJournal.count()).toBeGreaterThan(0);
    db.close();
    await db.open();
    expect(await db.changeJournal.count()).toBe(0);

    await db.backupChain.put({ key: 'pending', chainId: 'chain-1', through: 0 });
    await recorded(db, actors.agent);
    const kept = await db.changeJournal.count();
    db.close();
    await db.open();
    expect(await db.changeJournal.count()).toBe(kept);
  });
});
