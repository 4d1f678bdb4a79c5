// Each obligation's state at an instant: acknowledge, resolve, delay notice, 8-week letter, Ombudsman.
import { describe, expect, it } from 'vitest';
import {
  caseDeadlineStatus,
  nextDeadline,
  type DeadlineFacts,
  type Obligation,
  type ObligationStatus,
} from '../../../../shared/policy/case-status';
import type { PolicySettings } from '../../../../shared/policy/calendar';

const settings: PolicySettings = { nation: 'england-and-wales' };

// The requirements' worked example: received Mon 23 Nov 2026 10:00. Acknowledge by Thu 26 Nov,
// resolve by Mon 7 Dec, 8 weeks (Ombudsman) on Mon 18 Jan 2027. London is on GMT throughout.
const received = '2026-11-23T10:00:00Z';
const at = (date: string, time = '12:00:00') => `${date}T${time}Z`;

interface Row {
  case: string;
  facts?: Omit<DeadlineFacts, 'receivedAt'>;
  now: string;
  obligation: Obligation;
  expected: Partial<ObligationStatus>;
}

const rows: Row[] = [
  // Acknowledge
  { case: 'acknowledge: due in 2 business days', now: at('2026-11-24'), obligation: 'acknowledge', expected: { state: 'due', dueOn: '2026-11-26', businessDaysLeft: 2 } },
  { case: 'acknowledge: due today', now: at('2026-11-26'), obligation: 'acknowledge', expected: { state: 'due', businessDaysLeft: 0 } },
  { case: 'acknowledge: overdue by 1', now: at('2026-11-27'), obligation: 'acknowledge', expected: { state: 'overdue', businessDaysLeft: -1 } },
  { case: 'acknowledge: met a day early', facts: { acknowledgedAt: at('2026-11-25') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'met', doneOn: '2026-11-25', businessDaysLeft: 1 } },
  { case: 'acknowledge: met late on the last day', facts: { acknowledgedAt: at('2026-11-26', '17:45:00') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'met', doneOn: '2026-11-26', businessDaysLeft: 0 } },
  { case: 'acknowledge: done 2 business days late is missed', facts: { acknowledgedAt: at('2026-11-30') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'missed', doneOn: '2026-11-30', businessDaysLeft: -2 } },
  { case: 'acknowledge: not needed after a first-contact resolution', facts: { firstContactResolvedAt: at('2026-11-23', '10:20:00') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'not-applicable', dueOn: null } },
  { case: 'acknowledge: not needed once withdrawn in time', facts: { withdrawnAt: at('2026-11-25') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'not-applicable' } },
  { case: 'acknowledge: missed when withdrawn after the date', facts: { withdrawnAt: at('2026-11-30') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'missed', doneOn: null, businessDaysLeft: -2 } },
  { case: 'acknowledge: a final response in time stands for it', facts: { resolvedAt: at('2026-11-25') }, now: at('2026-12-01'), obligation: 'acknowledge', expected: { state: 'met', doneOn: '2026-11-25' } },
  { case: 'acknowledge: a fact after now has not happened yet', facts: { acknowledgedAt: at('2026-11-25') }, now: at('2026-11-24'), obligation: 'acknowledge', expected: { state: 'due', doneOn: null } },
  { case: 'acknowledge: holds never move it', facts: { holds: [{ from: '2026-11-24' }] }, now: at('2026-11-27'), obligation: 'acknowledge', expected: { state: 'overdue', dueOn: '2026-11-26' } },

  // Resolve
  { case: 'resolve: due in 4 business days', now: at('2026-12-01'), obligation: 'resolve', expected: { state: 'due', dueOn: '2026-12-07', businessDaysLeft: 4 } },
  { case: 'resolve: met on the day', facts: { resolvedAt: at('2026-12-07', '16:00:00') }, now: at('2026-12-10'), obligation: 'resolve', expected: { state: 'met', doneOn: '2026-12-07', businessDaysLeft: 0 } },
  { case: 'resolve: done 2 business days late is missed', facts: { resolvedAt: at('2026-12-09') }, now: at('2026-12-10'), obligation: 'resolve', expected: { state: 'missed', businessDaysLeft: -2 } },
  { case: 'resolve: overdue and can still be done', now: at('2026-12-08'), obligation: 'resolve', expected: { state: 'overdue', businessDaysLeft: -1 } },
  { case: 'resolve: paused while a hold is open', facts: { holds: [{ from: '2026-11-25' }] }, now: at('2026-12-10'), obligation: 'resolve', expected: { state: 'paused', dueOn: null, businessDaysLeft: null } },
  { case: 'resolve: resolved during an open hold is met', facts: { holds: [{ from: '2026-11-25' }], resolvedAt: at('2026-12-20') }, now: at('2026-12-21'), obligation: 'resolve', expected: { state: 'met', dueOn: null, doneOn: '2026-12-20' } },
  { case: 'resolve: a closed hold moves the date', facts: { holds: [{ from: '2026-11-25', to: '2026-12-01' }] }, now: at('2026-12-08'), obligation: 'resolve', expected: { state: 'due', dueOn: '2026-12-14', businessDaysLeft: 4 } },
  { case: 'resolve: met by a first-contact resolution', facts: { firstContactResolvedAt: at('2026-11-23', '10:20:00') }, now: at('2026-12-01'), obligation: 'resolve', expected: { state: 'met', doneOn: '2026-11-23' } },
  { case: 'resolve: a deadlock letter is a final response', facts: { deadlockLetterSentAt: at('2026-12-04') }, now: at('2026-12-08'), obligation: 'resolve', expected: { state: 'met', doneOn: '2026-12-04' } },
  { case: 'resolve: not needed once closed in time', facts: { closedAt: at('2026-12-03') }, now: at('2026-12-08'), obligation: 'resolve', expected: { state: 'not-applicable' } },
  { case: 'resolve: missed when withdrawn after the date', facts: { withdrawnAt: at('2026-12-10') }, now: at('2026-12-11'), obligation: 'resolve', expected: { state: 'missed', businessDaysLeft: -3 } },

  // Delay notice
  { case: 'delay notice: due by resolve-by while unresolved', now: at('2026-12-01'), obligation: 'delayNotice', expected: { state: 'due', dueOn: '2026-12-07', breach: false } },
  { case: 'delay notice: sent in time', facts: { delayNoticeSentAt: at('2026-12-04'), delayNoticeExpectedBy: '2026-12-18' }, now: at('2026-12-09'), obligation: 'delayNotice', expected: { state: 'met', doneOn: '2026-12-04', breach: false } },
  { case: 'delay notice: none by resolve-by is a breach', now: at('2026-12-08'), obligation: 'delayNotice', expected: { state: 'missed', doneOn: null, breach: true, businessDaysLeft: -1 } },
  { case: 'delay notice: sent after resolve-by is still a breach', facts: { delayNoticeSentAt: at('2026-12-08') }, now: at('2026-12-09'), obligation: 'delayNotice', expected: { state: 'missed', doneOn: '2026-12-08', breach: true } },
  { case: 'delay notice: not needed when resolved in time', facts: { resolvedAt: at('2026-12-07') }, now: at('2026-12-09'), obligation: 'delayNotice', expected: { state: 'not-applicable', breach: false } },
  { case: 'delay notice: resolved late without one is a breach', facts: { resolvedAt: at('2026-12-09') }, now: at('2026-12-10'), obligation: 'delayNotice', expected: { state: 'missed', breach: true } },
  { case: 'delay notice: paused with the target', facts: { holds: [{ from: '2026-11-25' }] }, now: at('2026-12-10'), obligation: 'delayNotice', expected: { state: 'paused', breach: false } },
  { case: 'delay notice: not needed after a first-contact resolution', facts: { firstContactResolvedAt: at('2026-11-23', '10:20:00') }, now: at('2026-12-10'), obligation: 'delayNotice', expected: { state: 'not-applicable' } },
  { case: 'delay notice: follows the held-back date', facts: { holds: [{ from: '2026-11-25', to: '2026-12-01' }] }, now: at('2026-12-10'), obligation: 'delayNotice', expected: { state: 'due', dueOn: '2026-12-14' } },

  // 8-week letter
  { case: '8-week letter: coming up while unresolved', now: at('2026-12-01'), obligation: 'eightWeekLetter', expected: { state: 'due', dueOn: '2027-01-18' } },
  { case: '8-week letter: due on the day 8 weeks pass', now: at('2027-01-18'), obligation: 'eightWeekLetter', expected: { state: 'due', businessDaysLeft: 0 } },
  { case: '8-week letter: overdue after that, until sent', now: at('2027-01-19'), obligation: 'eightWeekLetter', expected: { state: 'overdue', businessDaysLeft: -1 } },
  { case: '8-week letter: sent on the day', facts: { eightWeekLetterSentAt: at('2027-01-18') }, now: at('2027-01-19'), obligation: 'eightWeekLetter', expected: { state: 'met', doneOn: '2027-01-18' } },
  { case: '8-week letter: sent 2 days late', facts: { eightWeekLetterSentAt: at('2027-01-20') }, now: at('2027-01-21'), obligation: 'eightWeekLetter', expected: { state: 'missed', businessDaysLeft: -2 } },
  { case: '8-week letter: not needed when resolved before 8 weeks', facts: { resolvedAt: at('2026-12-10') }, now: at('2027-01-19'), obligation: 'eightWeekLetter', expected: { state: 'not-applicable' } },
  { case: '8-week letter: missed when resolved after 8 weeks without one', facts: { resolvedAt: at('2027-01-25') }, now: at('2027-02-01'), obligation: 'eightWeekLetter', expected: { state: 'missed', doneOn: null } },
  { case: '8-week letter: holds never pause it', facts: { holds: [{ from: '2026-11-25' }] }, now: at('2027-01-19'), obligation: 'eightWeekLetter', expected: { state: 'overdue', dueOn: '2027-01-18' } },
  { case: '8-week letter: not needed after a first-contact resolution', facts: { firstContactResolvedAt: at('2026-11-23', '10:20:00') }, now: at('2027-01-19'), obligation: 'eightWeekLetter', expected: { state: 'not-applicable' } },

  // Ombudsman eligibility
  { case: 'Ombudsman: not yet eligible', now: at('2026-12-01'), obligation: 'ombudsmanEligibility', expected: { state: 'due', dueOn: '2027-01-18' } },
  { case: 'Ombudsman: eligible once 8 weeks pass', now: at('2027-01-18', '00:05:00'), obligation: 'ombudsmanEligibility', expected: { state: 'met', dueOn: '2027-01-18' } },
  { case: 'Ombudsman: a deadlock letter makes it earlier', facts: { deadlockLetterSentAt: at('2026-12-04') }, now: at('2026-12-05'), obligation: 'ombudsmanEligibility', expected: { state: 'met', dueOn: '2026-12-04' } },
  { case: 'Ombudsman: a deadlock letter after 8 weeks changes nothing', facts: { deadlockLetterSentAt: at('2027-01-25') }, now: at('2027-01-26'), obligation: 'ombudsmanEligibility', expected: { state: 'met', dueOn: '2027-01-18' } },
  { case: 'Ombudsman: holds never move it', facts: { holds: [{ from: '2026-11-25' }] }, now: at('2026-12-01'), obligation: 'ombudsmanEligibility', expected: { state: 'due', dueOn: '2027-01-18' } },
  { case: 'Ombudsman: not applicable once withdrawn before it', facts: { withdrawnAt: at('2026-12-01') }, now: at('2027-01-20'), obligation: 'ombudsmanEligibility', expected: { state: 'not-applicable' } },
];

describe('caseDeadlineStatus', () => {
  it.each(rows)('$case', ({ facts, now, obligation, expected }) => {
    const status = caseDeadlineStatus({ receivedAt: received, ...facts }, settings, now);
    expect(status[obligation]).toMatchObject({ obligation, ...expected });
  });

  it('carries the clock and the delay notice\u2019s new expected date', () => {
    const status = caseDeadlineStatus(
      { receivedAt: received, delayNoticeSentAt: at('2026-12-04'), delayNoticeExpectedBy: '2026-12-18' },
      settings,
      at('2026-12-09'),
    );
    expect(status.clock).toEqual({
      clockStartsOn: '2026-11-23',
      acknowledgeBy: '2026-11-26',
      resolveBy: '2026-12-07',
      ombudsmanEligibleFrom: '2027-01-18',
    });
    expect(status.expectedResolutionBy).toBe('2026-12-18');
    expect(status.breach).toBe(false);
  });

  it('flags the case as a breach when the delay notice is', () => {
    expect(caseDeadlineStatus({ receivedAt: received }, settings, at('2026-12-08')).breach).toBe(true);
  });

  it('reads `now` as a London date, across the clocks changing', () => {
    // Received Fri 23 Oct 2026 10:00 BST: acknowledge by Wed 28 Oct. 23:30 UTC on 27 Oct is still 27 Oct in
    // London (GMT by then), so one business day is left.
    const status = caseDeadlineStatus({ receivedAt: '2026-10-23T10:00:00+01:00' }, settings, '2026-10-27T23:30:00Z');
    expect(status.acknowledge).toMatchObject({ state: 'due', dueOn: '2026-10-28', businessDaysLeft: 1 });
  });

  it('refuses bad facts in plain words', () => {
    expect(() => caseDeadlineStatus({ receivedAt: received }, settings, '2026-12-01')).toThrow('Now "2026-12-01" is a date without a time');
    expect(() => caseDeadlineStatus({ receivedAt: received, acknowledgedAt: 'soon' }, settings, at('2026-12-01'))).toThrow(
      'Acknowledgement time "soon" is not an ISO 8601 instant',
    );
    expect(() =>
      caseDeadlineStatus({ receivedAt: received, holds: [{ from: '2026-12-01', to: '2026-11-30' }] }, settings, at('2026-12-01')),
    ).toThrow('Hold ends on 2026-11-30, before it starts on 2026-12-01');
  });
});

describe('nextDeadline', () => {
  it.each<[string, Omit<DeadlineFacts, 'receivedAt'>, string, Obligation | null]>([
    ['a new case: acknowledge first', {}, at('2026-11-24'), 'acknowledge'],
    ['an overdue acknowledgement comes before resolve', {}, at('2026-11-30'), 'acknowledge'],
    ['acknowledged: resolve before the delay notice on the same date', { acknowledgedAt: at('2026-11-24') }, at('2026-12-01'), 'resolve'],
    ['on hold: the 8-week letter is what is left', { acknowledgedAt: at('2026-11-24'), holds: [{ from: '2026-11-25' }] }, at('2026-12-01'), 'eightWeekLetter'],
    ['resolved in time: nothing left', { acknowledgedAt: at('2026-11-24'), resolvedAt: at('2026-12-02') }, at('2026-12-03'), null],
    ['withdrawn: nothing left', { withdrawnAt: at('2026-11-24') }, at('2026-12-03'), null],
    ['first contact: nothing left', { firstContactResolvedAt: at('2026-11-23', '10:20:00') }, at('2026-11-24'), null],
  ])('%s', (_name, facts, now, expected) => {
    const next = nextDeadline(caseDeadlineStatus({ receivedAt: received, ...facts }, settings, now));
    expect(next?.obligation ?? null).toBe(expected);
  });
});
