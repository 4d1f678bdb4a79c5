// The Energy Ombudsman's timetable: eligibility, the referral window, evidence and remedy deadlines (REQUIREMENTS section 11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  caseOmbudsmanRights,
  DEFAULT_OMBUDSMAN_SETTINGS,
  ombudsmanDeadlines,
  ombudsmanEvidenceDueOn,
  ombudsmanRights,
  type BusinessSize,
} from '../../../../shared/policy';
import { actors, attempt, caseAt, settings } from '../../../fixtures/cases';

const RECEIVED = '2026-11-23T10:00:00.000Z';
const TWELVE = DEFAULT_OMBUDSMAN_SETTINGS;

describe('eligibility and the referral window: worked examples', () => {
  // Received Mon 23 Nov 2026: 8 weeks (56 days) later is Mon 18 Jan 2027; 12 months after that is 18 Jan 2028.
  it.each([
    ['no deadlock letter, before 8 weeks', null, 'micro', '2027-01-10', { eligibleFrom: '2027-01-18', openedBy: 'eight-weeks', windowClosesOn: '2028-01-18', windowFrom: 'eight-weeks', standing: 'not-yet' }],
    ['no deadlock letter, on the 8-week date', null, 'small', '2027-01-18', { eligibleFrom: '2027-01-18', standing: 'open', windowClosesOn: '2028-01-18' }],
    ['no deadlock letter, the last day to refer', null, 'micro', '2028-01-18', { standing: 'open' }],
    ['no deadlock letter, the day after the window', null, 'micro', '2028-01-19', { standing: 'closed' }],
    ['a deadlock letter before 8 weeks opens it at once', '2026-12-09T10:00:00.000Z', 'micro', '2026-12-09', { eligibleFrom: '2026-12-09', openedBy: 'deadlock', windowClosesOn: '2027-12-09', windowFrom: 'deadlock', standing: 'open' }],
    ['a deadlock letter after 8 weeks: eligible from 8 weeks, window from the letter', '2027-02-01T10:00:00.000Z', 'micro', '2027-02-01', { eligibleFrom: '2027-01-18', openedBy: 'eight-weeks', windowClosesOn: '2028-02-01', windowFrom: 'deadlock' }],
    ['a business too large for the scheme', '2026-12-09T10:00:00.000Z', 'other', '2026-12-10', { standing: 'business-too-large', sizeKnown: true }],
    ['size not yet recorded: treated as eligible, shown as a gap', null, null, '2027-01-20', { standing: 'open', sizeKnown: false }],
    ['a deadlock letter sent late in the evening counts on its London date (BST)', '2027-06-30T23:30:00.000Z', 'micro', '2027-07-01', { windowClosesOn: '2028-07-01' }],
  ] as const)('%s', (_case, deadlock, size, today, expected) => {
    expect(ombudsmanRights({ receivedAt: RECEIVED, deadlockLetterSentAt: deadlock, businessSize: size as BusinessSize | null }, TWELVE, today)).toMatchObject(expected);
  });

  it('the window is a setting: 6 months closes on 18 Jul 2027', () => {
    expect(ombudsmanRights({ receivedAt: RECEIVED, deadlockLetterSentAt: null, businessSize: 'micro' }, { ...TWELVE, referralWindowMonths: 6 }, '2027-07-19').standing).toBe('closed');
  });

  it.each([
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-12-15', 12, '2028-12-15'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('a reopened case keeps its first receipt for eligibility', () => {
    const closed = caseAt('closed', { business: { businessName: 'Harbour Café Ltd', actingPerson: 'Siân Lloyd', businessSize: 'micro', businessSizeReason: '6 staff', suppliers: [], meterPoints: [], letterOfAuthorityOnFile: false, commissionDisclosed: 'yes' } });
    const r = attempt(closed, { type: 'reopen', reopeningId: 'r1', reopenedAt: '2027-03-01T10:00:00.000Z', reason: 'Refund not paid' }, actors.agent, '2027-03-01T10:00:00.000Z');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(caseOmbudsmanRights(r.case, settings, '2027-03-01')).toMatchObject({ eligibleFrom: '2027-01-18', windowClosesOn: '2028-01-18', standing: 'open' });
  });

  it('property: eligibility never starts after the 8-week date, and the window never closes before it opens', () => {
    const day = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2030-01-01') }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 400 * 86_400_000 })), fc.integer({ min: 1, max: 36 }), (received, after, months) => {
        const deadlock = after === null ? null : new Date(Date.parse(received) + after).toISOString();
        const rights = ombudsmanRights({ receivedAt: received, deadlockLetterSentAt: deadlock, businessSize: 'micro' }, { ...TWELVE, referralWindowMonths: months }, '2031-01-01');
        const eight = ombudsmanRights({ receivedAt: received, deadlockLetterSentAt: null, businessSize: 'micro' }, TWELVE, '2031-01-01').eligibleFrom;
        expect(rights.eligibleFrom <= eight).toBe(true);
        expect(rights.windowClosesOn > rights.eligibleFrom).toBe(true);
      }),
    );
  });
});

describe("the firm's Ombudsman deadlines", () => {
  it.each([
    ['2027-03-01', 14, '2027-03-15'],
    ['2027-03-01', 28, '2027-03-29'],
    ['2027-12-20', 14, '2028-01-03'],
  ])('evidence asked for on %s, %i days: due %s', (requested, days, due) => {
    expect(ombudsmanEvidenceDueOn(requested, { ...TWELVE, evidenceDueCalendarDays: days })).toBe(due);
  });

  it('lists evidence and remedy deadlines as due, overdue, met or missed', () => {
    expect(ombudsmanDeadlines({ evidenceDueOn: '2027-03-15', remedyDueOn: '2027-04-30' }, '2027-03-16')).toEqual([
      { obligation: 'ombudsmanEvidence', state: 'overdue', dueOn: '2027-03-15', doneOn: null },
      { obligation: 'ombudsmanRemedy', state: 'due', dueOn: '2027-04-30', doneOn: null },
    ]);
    expect(ombudsmanDeadlines({ evidenceDueOn: '2027-03-15', evidenceSentOn: '2027-03-15', remedyDueOn: '2027-04-30', remedyDoneOn: '2027-05-02' }, '2027-06-01')).toEqual([
      { obligation: 'ombudsmanEvidence', state: 'met', dueOn: '2027-03-15', doneOn: '2027-03-15' },
      { obligation: 'ombudsmanRemedy', state: 'missed', dueOn: '2027-04-30', doneOn: '2027-05-02' },
    ]);
  });

  it('the workflow records the request with its due date from the setting, then the evidence sent', () => {
    let c = caseAt('closed');
    const take = (action: Parameters<typeof attempt>[1], at: string) => {
      const r = attempt(c, action, actors.agent, at);
      if (!r.ok) throw new Error(r.missing.join('; '));
      c = r.case;
    };
    take({ type: 'referToOmbudsman', referredOn: '2027-02-01', reference: 'EO-1' }, '2027-02-01T10:00:00.000Z');
    expect(attempt(c, { type: 'recordOmbudsmanEvidenceSent', sentOn: '2027-02-02' }, actors.agent, '2027-02-02T10:00:00.000Z')).toEqual({
      ok: false,
      missing: ["Record the Ombudsman's request for evidence first"],
    });
    take({ type: 'requestOmbudsmanEvidence', requestedOn: '2027-02-03' }, '2027-02-03T10:00:00.000Z');
    expect(c.ombudsman).toMatchObject({ evidenceRequestedOn: '2027-02-03', evidenceDueOn: '2027-02-17' });
    take({ type: 'recordOmbudsmanEvidenceSent', sentOn: '2027-02-10' }, '2027-02-10T10:00:00.000Z');
    expect(c.ombudsman?.evidenceSentOn).toBe('2027-02-10');
  });
});
