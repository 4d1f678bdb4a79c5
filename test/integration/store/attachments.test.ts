// Files on a case: bytes in their own table, SHA-256 taken on the way in, size limits, versions respected.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { addAttachment, MAX_ATTACHMENT_BYTES, readAttachment } from '../../../renderer/store/attachments';
import { actors, deleteAll, freshDb, recorded, staff, storedEvents, times } from './store-fixtures';

afterEach(deleteAll);
const now = '2026-11-25T09:00:00.000Z';

describe('addAttachment', () => {
  it('stores the bytes, fingerprints them and records who added the file, in one go', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const bytes = new TextEncoder().encode('%PDF-1.4 the November bill');
    const result = await addAttachment(db, { caseId: c.id, expectedVersion: 1, file: new Blob([bytes], { type: 'application/pdf' }), name: 'november-bill.pdf', source: 'customer', description: 'Bill with two standing charges' }, actors.agent, now);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.attachment).toEqual({
      id: result.attachment.id,
      name: 'november-bill.pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      source: 'customer',
      description: 'Bill with two standing charges',
      addedById: staff.agent.id,
      addedAt: now,
    });
    expect(result.case.version).toBe(2);
    expect(result.case.checklist.supportingDocuments.status).toBe('provided');
    expect(await db.attachments.get([c.id, result.attachment.id])).toEqual({ ...result.attachment, caseId: c.id });
    const read = await readAttachment(db, c.id, result.attachment.id, actors.secondAgent, now);
    expect(read.ok && new Uint8Array(await read.blob.arrayBuffer())).toEqual(bytes);
    expect((await storedEvents(db)).map((e) => e.action)).toEqual(['receive', 'attachDocument']);
  });

  it.each([
    ['an empty file', new Blob([]), /"scan.pdf" is empty/],
    ['a file over the limit', new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]), /"scan.pdf" is 25\.0 MB: files up to 25\.0 MB can be attached\. Nothing was saved/],
  ])('refuses %s with a clear message and stores nothing', async (_, file, message) => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await addAttachment(db, { caseId: c.id, expectedVersion: 1, file, name: 'scan.pdf', source: 'customer' }, actors.agent, now);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.missing[0]).toMatch(message);
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect((await db.cases.get(c.id))?.version).toBe(1);
  });

  it('refuses a file for a case changed elsewhere, keeping no orphan bytes', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    await addAttachment(db, { caseId: c.id, expectedVersion: 1, file: new Blob(['one']), name: 'one.txt', source: 'company' }, actors.agent, now);
    const stale = await addAttachment(db, { caseId: c.id, expectedVersion: 1, file: new Blob(['two']), name: 'two.txt', source: 'company' }, actors.secondAgent, now);
    expect(stale.ok ? null : stale.conflict).toEqual({ currentVersion: 2, changedAt: now });
    expect(await db.attachmentBlobs.count()).toBe(1);
  });

  it('finds nothing for a file that is not on the case', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    expect(await readAttachment(db, c.id, 'nope', actors.agent, times.recorded)).toEqual({ ok: false, missing: ['This file is not on this desk'] });
  });
});
