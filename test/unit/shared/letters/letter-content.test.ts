// Tests for composing letters: every template merges the case, customer and company details; nothing is left unmerged.
import { describe, expect, it } from 'vitest';
import { caseAt, settings } from '../../../fixtures/cases';
import { composeLetter, defaultWording, letterFileName, letterKinds, letterLabels, letterText, type LetterKind } from '../../../../shared/letters';
import { detailsFor, letterFor } from './letter-fixtures';

const stageFor: Record<LetterKind, Parameters<typeof caseAt>[0]> = {
  acknowledgement: 'received',
  'information-request': 'under-review',
  'written-confirmation-request': 'acknowledged',
  'delay-notice': 'investigating',
  'final-response': 'investigating',
  'deadlock-letter': 'responded',
  'eight-week-letter': 'investigating',
  'escalation-outcome': 'responded',
};
const SENT = '2026-12-04T12:00:00.000Z';

describe('composeLetter', () => {
  it.each(letterKinds)('%s: merges every field, with the company, customer, reference and date', (kind) => {
    const letter = letterFor(kind, caseAt(stageFor[kind]), SENT);
    const text = letterText(letter);
    expect(text).not.toMatch(/\{\{|\}\}|\[/);
    expect(letter.date).toBe('04/12/2026');
    expect(letter.reference).toBe('JESQ-2026-000123');
    expect(letter.greeting).toBe('Dear Jane Whitfield,');
    expect(letter.recipient).toEqual(['Jane Whitfield', '12 Mill Lane', 'Leeds', 'LS1 4AB']);
    expect(text).toContain('Our reference: JESQ-2026-000123');
    expect(text).toContain('+44 (745) 051-5064');
    expect(text).toContain('info@jesqsolutions.co.uk');
    expect(text).toContain('Yours sincerely,\n\nAmira Khan\nJESQ Solutions');
  });

  it('acknowledgement: quotes the receipt date, the complaint and the resolve-by date', () => {
    const text = letterText(letterFor('acknowledgement', caseAt('received'), '2026-11-24T09:30:00.000Z'));
    expect(text).toContain('Thank you for contacting us on 23/11/2026.');
    expect(text).toContain('You told us: Billed twice for the November standing charge after the renewal.');
    expect(text).toContain('send you our response by 07/12/2026');
  });

  it('request for information: lists each item asked for, one a line, and the note', () => {
    const text = letterText(letterFor('information-request', caseAt('under-review'), SENT));
    expect(text).toContain('\u2022 Supporting documents\n\u2022 Steps already taken to resolve it');
    expect(text).toContain('A copy of your November bill, please.');
  });

  it('request for information without a note leaves no empty paragraph', () => {
    const letter = letterFor('information-request', caseAt('under-review'), SENT, { items: ['nature'] });
    expect(letter.paragraphs.every((p) => p.trim() !== '')).toBe(true);
    expect(letter.paragraphs).toContain('\u2022 The nature of the complaint');
  });

  it('delay notice: gives the reason, the old and the new dates in dd/MM/yyyy', () => {
    const text = letterText(letterFor('delay-notice', caseAt('investigating'), SENT));
    expect(text).toContain('by 07/12/2026 as we had hoped');
    expect(text).toContain('The reason is: We are waiting for meter readings from your supplier.');
    expect(text).toContain('by 18/12/2026.');
  });

  it('final response: states the outcome and the remedies with money in pounds', () => {
    const text = letterText(letterFor('final-response', caseAt('investigating'), SENT));
    expect(text).toContain('we have partly upheld your complaint. We billed the standing charge twice and have refunded it.');
    expect(text).toContain('we are offering an apology and a payment of £42.50.');
  });

  it('deadlock letter: repeats the final response already sent', () => {
    const text = letterText(letterFor('deadlock-letter', caseAt('responded'), '2026-12-08T12:00:00.000Z'));
    expect(text).toContain('we have upheld your complaint. We billed you twice; we have corrected your account and refunded £42.50.');
    expect(text).toContain('an apology, a correction to your account (Duplicate supply record closed) and a payment of £42.50');
  });

  it('escalation outcome: states the reviewer’s decision and summary', () => {
    const text = letterText(letterFor('escalation-outcome', caseAt('responded'), SENT));
    expect(text).toContain('the reviewer has upheld your complaint.');
    expect(text).toContain('The reviewer found the refund was paid late.');
  });

  it('shows a bracketed gap where staff have not typed a detail yet', () => {
    const letter = letterFor('delay-notice', caseAt('investigating'), SENT, {});
    expect(letterText(letter)).toContain('The reason is: [the reason for the delay]');
    expect(letterText(letter)).toContain('[the new date the customer can expect a response]');
  });

  it('writes to the email address when the customer has no postal address', () => {
    const letter = composeLetter({
      kind: 'acknowledgement',
      caseRecord: caseAt('received'),
      customer: { name: 'Tom Price', email: 'tom@example.co.uk' },
      company: { name: 'JESQ Solutions', telephone: '0113 496 0000', email: 'hello@example.co.uk' },
      wording: defaultWording.acknowledgement,
      details: detailsFor.acknowledgement,
      sentAt: SENT,
      staffName: 'Ben Osei',
      settings,
    });
    expect(letter.recipient).toEqual(['Tom Price', 'tom@example.co.uk']);
    expect(letterText(letter)).toContain('please call us on 0113 496 0000 or email hello@example.co.uk');
  });

  it('names the PDF after the case, the letter and its date', () => {
    const letter = letterFor('acknowledgement', caseAt('received'), SENT);
    expect(letterFileName(letter, letterLabels.acknowledgement)).toBe('JESQ-2026-000123 Acknowledgement 04-12-2026.pdf');
  });
});
