// A full disk on save and on attaching a file: the write is refused with the store's message, and a full export of
// the desk afterwards is byte-for-byte the export before (nothing lost, nothing half-written).
import 'fake-indexeddb/auto';
import './web-platform';
import { afterEach, describe, expect, it } from 'vitest';
import { addAttachment } from '../../../../renderer/store/attachments';
import { exportDesk } from '../../../../renderer/store/backup/desk-export';
import { applyCaseAction } from '../../../../renderer/store/cases';
import { StoreFullError } from '../../../../renderer/store/errors';
import { verifyTimeline } from '../../../../renderer/store/timeline/verify';
import { actors, deleteAll, failNextWrite, freshDb, recorded, times } from '../store-fixtures';

afterEach(deleteAll);

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const message =
  'This computer has run out of space for the Complaints Desk, so the change was not saved. Nothing was lost: everything saved before is intact. Free some disk space (or ask the administrator to archive old cases), then try again.';
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('a full disk', () => {
  it.each(['cases', 'timeline', 'caseRows', 'letters'])('on saving a workflow step (disk full writing %s) loses nothing and says so', async (table) => {
    let failure = { arm: () => undefined as void };
    const db = await freshDb({}, (d) => {
      failure = failNextWrite(d, table, quotaExceeded, true);
    });
    const c = await recorded(db, actors.agent);
    const before = await bytesOf(await exportDesk(db));
    failure.arm();
    const attempt = applyCaseAction(db, { caseId: c.id, expectedVersion: 1, action: { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' } }, actors.agent, times.acknowledged);
    await expect(attempt).rejects.toThrow(new StoreFullError().message);
    await expect(attempt).rejects.toThrow(message);
    expect(await bytesOf(await exportDesk(db))).toEqual(before);
    expect((await verifyTimeline(db, c.id)).ok).toBe(true);
  });

  it.each(['attachmentBlobs', 'attachments', 'cases'])('on attaching a file (disk full writing %s) loses nothing, keeps no orphan bytes and says so', async (table) => {
    let failure = { arm: () => undefined as void };
    const db = await freshDb({}, (d) => {
      failure = failNextWrite(d, table, quotaExceeded, true);
    });
    const c = await recorded(db, actors.agent);
    const before = await bytesOf(await exportDesk(db));
    failure.arm();
    const file = new Blob([new Uint8Array(256 * 1024).fill(42)], { type: 'application/pdf' });
    const attempt = addAttachment(db, { caseId: c.id, expectedVersion: 1, file, name: 'scan.pdf', source: 'customer' }, actors.agent, times.documentAttached);
    await expect(attempt).rejects.toThrow(message);
    expect(await bytesOf(await exportDesk(db))).toEqual(before);
    expect(await db.attachmentBlobs.count()).toBe(0);
  });
});
