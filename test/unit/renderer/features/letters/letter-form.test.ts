// The letter form: what staff type becomes the letter's workflow action, with the action schema's messages when incomplete.
import { describe, expect, it } from 'vitest';
import { letterFormDefaults, letterFormSchema, letterInstant, previewDetails } from '../../../../../renderer/features/letters/letter-form';

const typed = (changes: Partial<ReturnType<typeof letterFormDefaults>>) => ({ ...letterFormDefaults([], '2026-12-04T11:30'), channel: 'email', ...changes });

describe('letterFormSchema', () => {
  it('acknowledgement: when and how, as a London time in UTC', () => {
    expect(letterFormSchema('acknowledgement', 'id-1').parse(typed({}))).toEqual({ type: 'acknowledge', sentAt: '2026-12-04T11:30:00.000Z', channel: 'email' });
  });

  it('final response: outcome, remedies typed in pounds, summary', () => {
    const remedies = { ...typed({}).remedies, apology: true, payment: true, paymentPounds: '£42.50' };
    const action = letterFormSchema('final-response', 'id-1').parse(typed({ outcome: 'upheld', remedies, summary: 'Refunded.' }));
    expect(action).toEqual({
      type: 'respond', outcome: 'upheld', remedies: [{ kind: 'apology' }, { kind: 'payment', amountPence: 4250 }], summary: 'Refunded.', sentAt: '2026-12-04T11:30:00.000Z', channel: 'email',
    });
  });

  it('delay notice and information request carry the id made once for the letter', () => {
    expect(letterFormSchema('delay-notice', 'notice-9').parse(typed({ reason: 'Waiting for readings', newExpectedDate: '2026-12-18' }))).toEqual(
      expect.objectContaining({ type: 'sendDelayNotice', noticeId: 'notice-9', newExpectedDate: '2026-12-18' }),
    );
    expect(letterFormSchema('information-request', 'request-9').parse(typed({ items: ['nature'], note: '  ' }))).toEqual({
      type: 'requestInformation', requestId: 'request-9', items: ['nature'], sentAt: '2026-12-04T11:30:00.000Z', channel: 'email',
    });
  });

  it('refuses an incomplete letter with the messages staff see by each field', () => {
    const result = letterFormSchema('escalation-outcome', 'id-1').safeParse(typed({ channel: '', sentAt: '' }));
    expect(result.success).toBe(false);
    const byField = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(byField).toEqual({
      decision: 'Choose the outcome: upheld, partly upheld or not upheld',
      summary: 'Summary of the review is required',
      sentAt: 'Record when the review outcome was sent',
      channel: 'Record how the review outcome was sent',
    });
  });
});

describe('the preview while typing', () => {
  it('keeps what is valid so far and leaves the rest out', () => {
    expect(previewDetails(typed({ items: ['nature', 'bogus'], outcome: 'maybe', newExpectedDate: '2026-12', reason: 'Because' }))).toEqual(
      expect.objectContaining({ items: ['nature'], outcome: undefined, newExpectedDate: undefined, reason: 'Because', remedies: [] }),
    );
  });

  it('dates the letter when it was sent, or now until a valid time is typed', () => {
    expect(letterInstant('2026-12-04T11:30', '2026-12-05T09:00:00.000Z')).toBe('2026-12-04T11:30:00.000Z');
    expect(letterInstant('', '2026-12-05T09:00:00.000Z')).toBe('2026-12-05T09:00:00.000Z');
    expect(letterInstant('2026-02-31T10:00', '2026-12-05T09:00:00.000Z')).toBe('2026-12-05T09:00:00.000Z');
  });
});
