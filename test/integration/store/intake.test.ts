// Saving one intake: customer, case, files and what was settled in the call, all in one transaction or not at all.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accessTo } from '../../../renderer/store/case-views';
import { loadDraft, saveDraft, addDraftFile } from '../../../renderer/store/drafts';
import { StoreFullError } from '../../../renderer/store/errors';
import { CONFIDENTIAL_AT_INTAKE, recordIntake } from '../../../renderer/store/intake';
import { actors, deleteAll, failNextWrite, freshDb, newCustomerInput, snapshot, staff, staffComplaintInput, storedEvents, times } from './store-fixtures';

afterEach(deleteAll);

const draft = { userId: staff.agent.id, form: 'new-complaint' };
const bill = () => new Blob(['%PDF-1.4 the November bill'], { type: 'application/pdf' });

async function withDraft() {
  const db = await freshDb();
  await saveDraft(db, draft, { typed: 'yes' }, times.received);
  await addDraftFile(db, draft, { name: 'bill.pdf', source: 'customer', blob: bill() }, times.received);
  return db;
}

describe('recordIntake', () => {
  it('records the case with its files, the written-confirmation request and the gaps asked for, then clears the draft', async () => {
    const db = await withDraft();
    const input = newCustomerInput({ stepsTaken: undefined, dealtWithName: undefined });
    const result = await recordIntake(
      db,
      {
        ...input,
        files: [{ blob: bill(), name: 'bill.pdf', source: 'customer' }, { blob: new Blob(['notes']), name: 'call-notes.txt', source: 'company' }],
        writtenConfirmationRequestedBy: 'telephone',
        requested: { items: ['stepsTaken', 'personDealtWith', 'supportingDocuments'], channel: 'telephone' },
        draft,
      },
      actors.agent,
      times.recorded,
    );
    if (!result.ok) throw new Error(result.missing.join('; '));
    const c = result.case;
    expect(c.version).toBe(5);
    expect(c.attachments.map((a) => [a.name, a.mimeType, a.source])).toEqual([
      ['bill.pdf', 'application/pdf', 'customer'],
      ['call-notes.txt', 'application/octet-stream', 'company'],
    ]);
    expect(await (await db.attachmentBlobs.get([c.id, c.attachments[0]?.id ?? '']))?.blob.text()).toBe('%PDF-1.4 the November bill');
    expect(c.writtenConfirmationRequest).toEqual({ sentAt: times.recorded, channel: 'telephone', sentById: staff.agent.id });
    // The supporting documents arrived with the bill, so only the other two gaps were asked for.
    expect(c.informationRequests).toHaveLength(1);
    expect(c.informationRequests[0]?.items).toEqual(['stepsTaken', 'personDealtWith']);
    expect(c.checklist.stepsTaken).toMatchObject({ status: 'requested', on: '2026-11-23', channel: 'telephone' });
    expect(c.checklist.supportingDocuments.status).toBe('provided');
    expect(c.checklist.conversations.status).toBe('outstanding');
    expect((await storedEvents(db, c.id)).map((e) => e.action)).toEqual(['receive', 'attachDocument', 'attachDocument', 'requestWrittenConfirmation', 'requestInformation']);
    expect(await db.cases.get(c.id)).toEqual(c);
    expect(await loadDraft(db, draft, z.unknown())).toEqual({ status: 'none' });
  });

  it('finishes a first-contact resolution in the same save', async () => {
    const db = await freshDb();
    const result = await recordIntake(
      db,
      { ...newCustomerInput(), firstContact: { outcome: 'upheld', summary: 'Refunded the duplicate charge during the call.', remedies: [{ kind: 'apology' }] } },
      actors.agent,
      times.recorded,
    );
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.case.stage).toBe('resolved-at-first-contact');
    expect(result.case.firstContactResolution).toMatchObject({ outcome: 'upheld', resolvedAt: times.recorded, resolvedById: staff.agent.id });
    expect(result.events.map((e) => e.action)).toEqual(['receive', 'resolveAtFirstContact']);
    expect((await db.caseRows.get(result.case.id))?.stage).toBe('resolved-at-first-contact');
  });

  it('saves nothing, keeping the draft, when the policy refuses a follow-up', async () => {
    const db = await withDraft();
    const before = await snapshot(db);
    // Received on 23 November: a first-contact resolution on 4 December is after the acknowledge-by date.
    const result = await recordIntake(
      db,
      { ...newCustomerInput(), files: [{ blob: bill(), name: 'bill.pdf', source: 'customer' }], firstContact: { outcome: 'upheld', summary: 'Sorted.', remedies: [] }, draft },
      actors.agent,
      '2026-12-04T12:00:00.000Z',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.missing).toEqual([expect.stringMatching(/^A first-contact resolution must be made by the acknowledge-by date \(2026-11-26\)/)]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('lets an agent record a complaint about staff, then shows them only that they recorded it', async () => {
    const db = await freshDb();
    const result = await recordIntake(db, staffComplaintInput(), actors.agent, times.recorded);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(accessTo(result.case, actors.agent).status).toBe('receipt');
    expect(accessTo(result.case, actors.namedEmployee).status).toBe('not-found');
    expect(accessTo(result.case, actors.manager).status).toBe('open');
  });

  it('refuses files or requests on a complaint about staff from an agent, who would lose sight of it, saving nothing', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const result = await recordIntake(db, { ...staffComplaintInput(), files: [{ blob: bill(), name: 'bill.pdf', source: 'customer' }] }, actors.agent, times.recorded);
    expect(result).toEqual({ ok: false, missing: [CONFIDENTIAL_AT_INTAKE] });
    expect(await snapshot(db)).toEqual(before);
    const byManager = await recordIntake(db, { ...staffComplaintInput(), files: [{ blob: bill(), name: 'bill.pdf', source: 'customer' }] }, actors.manager, times.recorded);
    expect(byManager.ok && byManager.case.attachments).toHaveLength(1);
  });

  it('refuses an empty file before anything is written', async () => {
    const db = await freshDb();
    const result = await recordIntake(db, { ...newCustomerInput(), files: [{ blob: new Blob([]), name: 'scan.pdf', source: 'customer' }] }, actors.agent, times.recorded);
    expect(result.ok ? [] : result.missing).toEqual([expect.stringMatching(/"scan.pdf" is empty/)]);
    expect(await db.cases.count()).toBe(0);
  });

  it('turns a full disk part-way through into StoreFullError with nothing half-written and the draft kept', async () => {
    const quota = () => Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const db = await freshDb({}, (d) => void failNextWrite(d, 'attachmentBlobs', quota));
    await saveDraft(db, draft, { typed: 'yes' }, times.received);
    const before = await snapshot(db);
    await expect(recordIntake(db, { ...newCustomerInput(), files: [{ blob: bill(), name: 'bill.pdf', source: 'customer' }], draft }, actors.agent, times.recorded)).rejects.toBeInstanceOf(StoreFullError);
    expect(await snapshot(db)).toEqual(before);
  });
});
