// Gathering information: requests and arrivals, the checklist, written confirmation, conversations and files.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { caseClock, checklistProgress, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, settings, staff } from '../../../fixtures/cases';

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}
function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

const at = '2026-11-24T12:00:00.000Z';
const request: CaseAction = { type: 'requestInformation', requestId: 'r1', items: ['supportingDocuments', 'conversations'], sentAt: at, channel: 'letter', note: 'Copies of your bills' };

describe('requests for information', () => {
  it('records the request and marks each item requested on that date via that channel', () => {
    const result = attempt(caseAt('acknowledged'), request, actors.agent, at);
    const c = accepted(result);
    expect(c.informationRequests).toEqual([expect.objectContaining({ id: 'r1', sentAt: at, channel: 'letter', sentById: staff.agent.id })]);
    expect(c.checklist.supportingDocuments).toEqual({ status: 'requested', on: '2026-11-24', channel: 'letter', requestId: 'r1' });
    expect(result.ok && result.events[0]?.summary).toBe('Information requested by letter: supporting documents and relevant conversations');
  });

  it('refuses to request what is already provided, or to record the same request twice', () => {
    expect(refusal(attempt(caseAt('acknowledged'), { ...request, items: ['nature'] } as CaseAction, actors.agent, at))).toEqual(['The nature of the complaint is already provided']);
    const c = accepted(attempt(caseAt('acknowledged'), request, actors.agent, at));
    expect(refusal(attempt(c, { ...request, items: ['conversations'] } as CaseAction, actors.agent, at))).toEqual(['This information request is already recorded']);
  });

  it('refuses an empty request and requests after the final response', () => {
    expect(refusal(attempt(caseAt('acknowledged'), { ...request, items: [] } as CaseAction, actors.agent, at))).toEqual(['Choose at least one item to request']);
    expect(refusal(attempt(caseAt('responded'), request))[0]).toMatch(/^Information is requested before the final response/);
  });

  it('marks items provided when they arrive, and the request answered once all have', () => {
    const asked = accepted(attempt(caseAt('acknowledged'), request, actors.agent, at));
    const later = '2026-11-26T09:00:00.000Z';
    const part = accepted(attempt(asked, { type: 'recordInformationReceived', requestId: 'r1', items: ['supportingDocuments'], receivedAt: later }, actors.agent, later));
    expect(part.checklist.supportingDocuments).toEqual({ status: 'provided', on: '2026-11-26' });
    expect(part.informationRequests[0]?.answeredAt).toBeUndefined();
    const all = accepted(attempt(part, { type: 'recordInformationReceived', items: ['conversations'], receivedAt: later }, actors.agent, later));
    expect(all.informationRequests[0]?.answeredAt).toBe(later);
    expect(checklistProgress(all.checklist)).toMatchObject({ complete: true, percent: 100, gapsRequested: true });
  });

  it('refuses an arrival before its request, or for an unknown request', () => {
    const asked = accepted(attempt(caseAt('acknowledged'), request, actors.agent, at));
    expect(refusal(attempt(asked, { type: 'recordInformationReceived', requestId: 'r1', items: ['conversations'], receivedAt: '2026-11-24T11:00:00.000Z' }, actors.agent, at))).toEqual([
      'Date the information arrived cannot be before the request was sent',
    ]);
    expect(refusal(attempt(asked, { type: 'recordInformationReceived', requestId: 'zz', items: ['conversations'], receivedAt: at }, actors.agent, at))).toEqual([
      'Choose the information request this answers',
    ]);
  });
});

describe('the checklist', () => {
  it('takes not applicable only with a reason', () => {
    const c = caseAt('acknowledged');
    expect(refusal(attempt(c, { type: 'markChecklistItem', item: 'supportingDocuments', state: { status: 'not-applicable', reason: ' ' } }))).toEqual([
      'Reason the item is not applicable is required',
    ]);
    const marked = accepted(attempt(c, { type: 'markChecklistItem', item: 'supportingDocuments', state: { status: 'not-applicable', reason: 'Nothing in writing' } }));
    expect(marked.checklist.supportingDocuments).toEqual({ status: 'not-applicable', reason: 'Nothing in writing' });
  });

  it('records an item requested during a call, with the date and channel', () => {
    const c = accepted(attempt(caseAt('acknowledged'), { type: 'markChecklistItem', item: 'conversations', state: { status: 'requested', on: '2026-11-24', channel: 'telephone' } }));
    expect(c.checklist.conversations).toEqual({ status: 'requested', on: '2026-11-24', channel: 'telephone' });
  });

  it('shows how complete it is', () => {
    expect(checklistProgress(caseAt('received').checklist)).toMatchObject({ total: 6, provided: 4, outstanding: ['conversations', 'supportingDocuments'], complete: false, percent: 67 });
  });
});

describe('written confirmation of a verbal complaint', () => {
  it('records the request and the arrival without moving any deadline', () => {
    const c = caseAt('acknowledged');
    const before = caseClock(c, settings);
    const asked = accepted(attempt(c, { type: 'requestWrittenConfirmation', sentAt: at, channel: 'email' }, actors.agent, at));
    const later = '2026-12-02T10:00:00.000Z';
    const arrived = accepted(attempt(asked, { type: 'recordWrittenConfirmation', receivedAt: later }, actors.agent, later));
    expect(arrived.writtenConfirmation).toEqual({ receivedAt: later, recordedById: staff.agent.id });
    expect(caseClock(arrived, settings)).toEqual(before);
    expect(refusal(attempt(asked, { type: 'requestWrittenConfirmation', sentAt: at, channel: 'email' }, actors.agent, at))).toEqual([
      'Written confirmation has already been requested',
    ]);
  });

  it('is not asked of a complaint made in writing', () => {
    const c = caseAt('acknowledged', { channel: 'email' });
    expect(refusal(attempt(c, { type: 'requestWrittenConfirmation', sentAt: at, channel: 'email' }, actors.agent, at))).toEqual([
      'The complaint was made in writing: no written confirmation is needed',
    ]);
  });

  it('links only to a file already attached', () => {
    expect(refusal(attempt(caseAt('acknowledged'), { type: 'recordWrittenConfirmation', receivedAt: at, attachmentId: 'nope' }, actors.agent, at))).toEqual([
      'Attach the written confirmation to the case first, then choose it',
    ]);
  });
});

describe('conversations and files', () => {
  it('a conversation counts as the relevant-conversations item', () => {
    const c = accepted(attempt(caseAt('acknowledged'), { type: 'recordConversation', conversationId: 'c1', on: '2026-11-20', channel: 'in-person', people: [{ name: 'Jane Whitfield' }], summary: 'Asked about the bill.' }));
    expect(c.conversations).toHaveLength(1);
    expect(c.checklist.conversations.status).toBe('provided');
  });

  it('refuses a conversation without people or in the future', () => {
    const action = { type: 'recordConversation', conversationId: 'c1', on: '2026-11-20', channel: 'telephone', people: [], summary: 'x' } as CaseAction;
    expect(refusal(attempt(caseAt('acknowledged'), action))).toEqual(['Record who took part in the conversation']);
    expect(refusal(attempt(caseAt('acknowledged'), { ...action, people: [{ name: 'Jane' }], on: '2027-01-01' } as CaseAction))).toEqual([
      'Date of the conversation cannot be in the future',
    ]);
  });

  it("a customer's document counts as supporting documents; the company's own file does not", () => {
    const file = { type: 'attachDocument', attachmentId: 'a9', name: 'bill.pdf', mimeType: 'application/pdf', sizeBytes: 10, sha256: 'b'.repeat(64) } as const;
    const own = accepted(attempt(caseAt('acknowledged'), { ...file, source: 'company' }));
    expect(own.checklist.supportingDocuments.status).toBe('outstanding');
    const theirs = accepted(attempt(caseAt('acknowledged'), { ...file, source: 'customer' }));
    expect(theirs.checklist.supportingDocuments.status).toBe('provided');
    expect(theirs.attachments.at(-1)).toEqual({ id: 'a9', name: 'bill.pdf', mimeType: 'application/pdf', sizeBytes: 10, sha256: 'b'.repeat(64), source: 'customer', addedById: staff.agent.id, addedAt: expect.any(String) });
    expect(refusal(attempt(caseAt('acknowledged'), { ...file, source: 'customer', sha256: 'XYZ' } as CaseAction))).toEqual([
      'File fingerprint (SHA-256) must be 64 lower-case hexadecimal characters',
    ]);
  });

  it('conversations and files still go on a closed case', () => {
    const closed = caseAt('closed');
    expect(accepted(attempt(closed, { type: 'recordConversation', conversationId: 'c2', on: '2026-12-11', channel: 'telephone', people: [{ name: 'Jane' }], summary: 'Thanked us.' })).conversations).toHaveLength(2);
  });
});
