// Recording a letter as sent: the PDF copy is attached and the action taken together, or nothing is written.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readAttachment } from '../../../renderer/store/attachments';
import { recordSentLetter, type SentLetterInput } from '../../../renderer/store/sent-letters';
import { StoreFullError } from '../../../renderer/store/errors';
import { actors, deleteAll, failNextWrite, freshDb, recorded, snapshot, staff, storedEvents } from './store-fixtures';
import { rightsLetter } from '../../fixtures/rights-letters';

afterEach(deleteAll);
const now = '2026-11-24T09:40:00.000Z';
const pdf = new TextEncoder().encode('%PDF-1.7 acknowledgement');

function input(caseId: string, overrides: Partial<SentLetterInput> = {}): SentLetterInput {
  return {
    caseId,
    expectedVersion: 1,
    kind: 'acknowledgement',
    details: {},
    sending: { sentAt: '2026-11-24T09:30:00.000Z', channel: 'email', recordId: 'record-1' },
    pdf,
    letterText: 'Dear Ms Oyelaran,\n\nThank you for your complaint, which we received on 23 November 2026.',
    fileName: 'JESQ-2026-000001 Acknowledgement 24-11-2026.pdf',
    description: 'Acknowledgement sent by email',
    ...overrides,
  };
}

describe('recordSentLetter', () => {
  it('attaches the PDF copy and acknowledges the case, the sent record naming the copy', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await recordSentLetter(db, input(c.id), actors.agent, now);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.case.stage).toBe('acknowledged');
    expect(result.case.version).toBe(3);
    expect(result.case.acknowledgement).toEqual({ sentAt: '2026-11-24T09:30:00.000Z', channel: 'email', sentById: staff.agent.id, documentId: result.documentId });
    expect(result.case.attachments).toEqual([
      expect.objectContaining({ id: result.documentId, name: 'JESQ-2026-000001 Acknowledgement 24-11-2026.pdf', mimeType: 'application/pdf', source: 'company', sizeBytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), letterText: input(c.id).letterText }),
    ]);
    const read = await readAttachment(db, c.id, result.documentId, actors.agent, now);
    expect(read.ok && new Uint8Array(await read.blob.arrayBuffer())).toEqual(pdf);
    expect(await db.letters.get([c.id, 'acknowledgement'])).toEqual(expect.objectContaining({ kind: 'acknowledgement', documentId: result.documentId }));
    expect((await storedEvents(db, c.id)).map((e) => e.action)).toEqual(['receive', 'attachDocument', 'acknowledge']);
  });

  it('records a delay notice with its reason, date and copy', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await recordSentLetter(
      db,
      input(c.id, { kind: 'delay-notice', details: { reason: 'Waiting for the supplier', newExpectedDate: '2026-12-18' }, sending: { sentAt: '2026-11-24T09:30:00.000Z', channel: 'letter', recordId: 'notice-1' } }),
      actors.agent,
      now,
    );
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.case.delayNotices).toEqual([expect.objectContaining({ id: 'notice-1', reason: 'Waiting for the supplier', newExpectedDate: '2026-12-18', channel: 'letter', documentId: result.documentId })]);
    expect(result.case.stage).toBe('received');
  });

  it('refuses details the action needs before writing anything', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const before = await snapshot(db);
    const result = await recordSentLetter(db, input(c.id, { sending: { sentAt: '2026-11-24T09:30:00.000Z', channel: '', recordId: 'r' } }), actors.agent, now);
    expect(result).toEqual({ ok: false, missing: ['Record how the acknowledgement was sent'] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('when the policy refuses the letter, the copy attached first is rolled back', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const before = await snapshot(db);
    // Eight weeks have not passed: the workflow refuses the 8-week letter after the copy was attached.
    const sending = { sentAt: '2026-11-24T09:30:00.000Z', channel: 'email', recordId: 'record-1', ...rightsLetter('eight-week', '2028-01-18') };
    const result = await recordSentLetter(db, input(c.id, { kind: 'eight-week-letter', sending }), actors.agent, now);
    expect(result).toEqual({ ok: false, missing: ['The eight-week letter can be sent from 2027-01-18'] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a case changed since the screen showed it, keeping no copy', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const result = await recordSentLetter(db, input(c.id, { expectedVersion: 0 }), actors.agent, now);
    expect(result.ok ? null : result.conflict).toEqual({ currentVersion: 1, changedAt: c.updatedAt });
    expect(await db.attachmentBlobs.count()).toBe(0);
  });

  it('a full disk while storing the copy loses nothing and says so', async () => {
    const quota = () => Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    let arm = () => undefined as void;
    const db = await freshDb({}, (d) => {
      arm = failNextWrite(d, 'attachmentBlobs', quota, true).arm;
    });
    const c = await recorded(db, actors.agent);
    const before = await snapshot(db);
    arm();
    await expect(recordSentLetter(db, input(c.id), actors.agent, now)).rejects.toBeInstanceOf(StoreFullError);
    expect(await snapshot(db)).toEqual(before);
  });
});
