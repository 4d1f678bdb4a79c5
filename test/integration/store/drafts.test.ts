// Drafts: kept per user and form, checked against the form's schema on the way back, files kept with them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDraftFile, discardDraft, loadDraft, removeDraftFile, saveDraft } from '../../../renderer/store/drafts';
import { deleteAll, freshDb, secondWindow, staff } from './store-fixtures';

afterEach(deleteAll);

const form = z.object({ customerName: z.string(), nature: z.string() });
const sam = { userId: staff.agent.id, form: 'new-complaint' };
const ben = { userId: staff.secondAgent.id, form: 'new-complaint' };

describe('drafts', () => {
  it('brings back what was typed, to the same person only, in a new connection (after a reload)', async () => {
    const db = await freshDb();
    await saveDraft(db, sam, { customerName: 'Margaret', nature: 'Billed' }, '2026-12-04T12:00:00.000Z');
    await saveDraft(db, sam, { customerName: 'Margaret Oyelaran', nature: 'Billed twice' }, '2026-12-04T12:00:05.000Z');
    const reopened = secondWindow(db);
    expect(await loadDraft(reopened, sam, form)).toEqual({
      status: 'found',
      values: { customerName: 'Margaret Oyelaran', nature: 'Billed twice' },
      files: [],
      savedAt: '2026-12-04T12:00:05.000Z',
    });
    expect(await loadDraft(reopened, ben, form)).toEqual({ status: 'none' });
  });

  it('keeps dropped files with the draft, in the order added, and removes one on request', async () => {
    const db = await freshDb();
    await saveDraft(db, sam, { customerName: 'M', nature: '' }, '2026-12-04T12:00:00.000Z');
    const bill = await addDraftFile(db, sam, { name: 'bill.pdf', source: 'customer', blob: new Blob(['%PDF bill'], { type: 'application/pdf' }) }, '2026-12-04T12:00:01.000Z');
    await addDraftFile(db, sam, { name: 'letter.txt', source: 'customer', blob: new Blob(['Dear JESQ']) }, '2026-12-04T12:00:02.000Z');
    await addDraftFile(db, ben, { name: 'bens.txt', source: 'company', blob: new Blob(['other']) }, '2026-12-04T12:00:03.000Z');
    await removeDraftFile(db, ben, bill.id); // not Ben's: left alone
    const loaded = await loadDraft(db, sam, form);
    if (loaded.status !== 'found') throw new Error(loaded.status);
    expect(loaded.files.map((f) => f.name)).toEqual(['bill.pdf', 'letter.txt']);
    expect(await loaded.files[0]?.blob.text()).toBe('%PDF bill');
    await removeDraftFile(db, sam, bill.id);
    const after = await loadDraft(db, sam, form);
    expect(after.status === 'found' && after.files.map((f) => f.name)).toEqual(['letter.txt']);
  });

  it('says what is wrong with a draft that no longer fits the form, and leaves it stored', async () => {
    const db = await freshDb();
    await saveDraft(db, sam, { customerName: 42 }, '2026-12-04T12:00:00.000Z');
    const loaded = await loadDraft(db, sam, form);
    expect(loaded.status).toBe('unreadable');
    expect(loaded.status === 'unreadable' && loaded.problem).toMatch(/customerName: .*nature: /);
    expect(await db.drafts.count()).toBe(1);
  });

  it('discards the draft and its files, and only that person’s', async () => {
    const db = await freshDb();
    await saveDraft(db, sam, { customerName: 'M', nature: 'n' }, '2026-12-04T12:00:00.000Z');
    await addDraftFile(db, sam, { name: 'a.txt', source: 'customer', blob: new Blob(['a']) }, '2026-12-04T12:00:01.000Z');
    await saveDraft(db, ben, { customerName: 'B', nature: 'n' }, '2026-12-04T12:00:00.000Z');
    await discardDraft(db, sam);
    expect(await loadDraft(db, sam, form)).toEqual({ status: 'none' });
    expect((await loadDraft(db, ben, form)).status).toBe('found');
    expect(await db.draftFiles.count()).toBe(0);
  });
});
