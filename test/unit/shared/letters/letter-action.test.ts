// Tests for the action a letter records: built from the details typed, refused with the schema's words when something is missing.
import { describe, expect, it } from 'vitest';
import { letterAction } from '../../../../shared/letters';
import { detailsFor } from './letter-fixtures';

const sending = { sentAt: '2026-12-04T12:00:00.000Z', channel: 'email', recordId: 'record-1', documentId: 'doc-1', wording: 'The letter as sent.', ownerName: 'Priya Shah' };
const rights = { wording: 'The letter as sent.', ownerName: 'Priya Shah' };

describe('letterAction', () => {
  it.each([
    ['acknowledgement', { type: 'acknowledge', sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['written-confirmation-request', { type: 'requestWrittenConfirmation', sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['eight-week-letter', { type: 'sendEightWeekLetter', ...rights, sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['deadlock-letter', { type: 'sendDeadlockLetter', ...rights, sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['delay-notice', { type: 'sendDelayNotice', noticeId: 'record-1', reason: 'We are waiting for meter readings from your supplier.', newExpectedDate: '2026-12-18', sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['information-request', { type: 'requestInformation', requestId: 'record-1', items: ['supportingDocuments', 'stepsTaken'], note: 'A copy of your November bill, please.', sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
    ['escalation-outcome', { type: 'recordEscalationOutcome', decision: 'upheld', summary: 'The reviewer found the refund was paid late.', sentAt: sending.sentAt, channel: 'email', documentId: 'doc-1' }],
  ] as const)('%s', (kind, action) => {
    expect(letterAction(kind, detailsFor[kind], sending)).toEqual({ ok: true, action });
  });

  it('final response: the outcome, remedies and summary', () => {
    const result = letterAction('final-response', detailsFor['final-response'], sending);
    expect(result).toEqual({ ok: true, action: expect.objectContaining({ type: 'respond', outcome: 'partly-upheld', remedies: [{ kind: 'apology' }, { kind: 'payment', amountPence: 4250 }] }) });
  });

  it('refuses with what is missing: how it was sent, the reason and the new date', () => {
    const result = letterAction('delay-notice', {}, { ...sending, channel: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(expect.arrayContaining(['Record the reason for the delay', 'Record how the delay notice was sent']));
  });
});
