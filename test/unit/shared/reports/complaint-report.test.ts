// Worked examples of the complaints report, over cases taken through the real workflow.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { complaintReport, type ComplaintReport, type Count } from '../../../../shared/reports';
import { settings } from '../../../fixtures/cases';
import { acknowledgedLate, caseReceived, onHold, toTheOmbudsman } from './report-cases';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const MID_DECEMBER = '2026-12-15T12:00:00.000Z';

const countOf = <K extends string>(counts: Count<K>[], key: K) => counts.find((c) => c.key === key)?.count;

/** Received Mon 23 Nov 2026 10:00 unless said otherwise: acknowledge by Thu 26 Nov, resolve by Mon 7 Dec. */
function november(): ComplaintCase[] {
  return [
    caseReceived('closed'), // telephone; acknowledged 24 Nov, responded 3 Dec: both in time; upheld, £42.50
    caseReceived('responded', { channel: 'email' }), // in time; improvement action due 31 Dec still open
    caseReceived('acknowledged', { channel: 'letter' }), // acknowledged in time, never responded
    acknowledgedLate({ channel: 'in-person' }), // acknowledged a day late, never responded
    caseReceived('resolved-at-first-contact'), // telephone, upheld with £42.50 on the call
    caseReceived('withdrawn'), // telephone, withdrawn the same afternoon
    caseReceived('enquiry', { channel: 'email' }),
    caseReceived('closed', { receivedAt: '2026-10-30T10:00:00.000Z' }), // October: not in the report
  ];
}

describe('complaintReport over November 2026, judged on 15 December', () => {
  const report: ComplaintReport = complaintReport(november(), NOVEMBER, settings, MID_DECEMBER);

  it('counts the complaints received in the period, and enquiries on their own', () => {
    expect(report.complaints).toBe(6);
    expect(report.enquiries.total).toBe(1);
    expect(countOf(report.enquiries.byChannel, 'email')).toBe(1);
    expect(report.aboutStaff).toBe(0);
  });

  it.each([
    ['telephone', 3],
    ['email', 1],
    ['letter', 1],
    ['in-person', 1],
  ] as const)('counts %s complaints: %i', (channel, n) => {
    expect(countOf(report.byChannel, channel)).toBe(n);
  });

  it('counts categories, with the complaints not yet categorised on their own', () => {
    expect(countOf(report.byCategory, 'billing')).toBe(2);
    expect(countOf(report.byCategory, 'uncategorised')).toBe(4);
  });

  it.each([
    ['upheld', 3],
    ['partly-upheld', 0],
    ['not-upheld', 0],
    ['withdrawn', 1],
    ['awaiting', 2],
  ] as const)('counts the outcome %s: %i', (outcome, n) => {
    expect(countOf(report.byOutcome, outcome)).toBe(n);
  });

  it('gives 75% acknowledged within 3 business days: 3 in time, 1 late, first contact and withdrawn not needing it', () => {
    expect(report.acknowledge).toMatchObject({ inTime: 3, late: 1, overdue: 0, notYetDue: 0, notNeeded: 2 });
    expect(report.acknowledge.withinTarget).toEqual({ met: 3, of: 4, rate: 0.75 });
  });

  it('gives 60% resolved within 10 business days: two still unanswered after 7 December are overdue', () => {
    expect(report.resolve).toMatchObject({ inTime: 3, late: 0, overdue: 2, notYetDue: 0, paused: 0, notNeeded: 1 });
    expect(report.resolve.withinTarget).toEqual({ met: 3, of: 5, rate: 0.6 });
  });

  it('gives the first-contact resolution rate over every complaint', () => {
    expect(report.firstContact).toEqual({ met: 1, of: 6, rate: 1 / 6 });
  });

  it('counts root causes of closed complaints only', () => {
    expect(countOf(report.rootCauses, 'process')).toBe(1);
    expect(report.rootCauses.reduce((n, c) => n + c.count, 0)).toBe(1);
  });

  it('counts each remedy offered and totals the payments in pence', () => {
    expect(countOf(report.remedies.offered, 'apology')).toBe(3);
    expect(countOf(report.remedies.offered, 'account-correction')).toBe(2);
    expect(countOf(report.remedies.offered, 'payment')).toBe(3);
    expect(countOf(report.remedies.offered, 'explanation')).toBe(0);
    expect(report.remedies.offeredPaymentsPence).toBe(3 * 4250);
    expect(report.remedies.totalValuePence).toBe(12_750);
  });

  it('counts improvement actions: one done, one open and not yet due', () => {
    expect(report.improvementActions).toEqual({ total: 2, done: 1, open: 1, overdue: 0 });
  });

  it('has nothing at 8 weeks or at the Ombudsman yet', () => {
    expect(report.reachedEightWeeks).toBe(0);
    expect(report.referredToOmbudsman).toBe(0);
  });
});

describe('complaintReport later on', () => {
  it('counts the open improvement action as overdue once its due date (31 December) has passed', () => {
    const report = complaintReport(november(), NOVEMBER, settings, '2027-01-01T09:00:00.000Z');
    expect(report.improvementActions).toEqual({ total: 2, done: 1, open: 1, overdue: 1 });
    expect(complaintReport(november(), NOVEMBER, settings, '2026-12-31T23:00:00.000Z').improvementActions.overdue).toBe(0);
  });

  it('counts the two unanswered complaints as reaching 8 weeks on Mon 18 January 2027, not the day before', () => {
    expect(complaintReport(november(), NOVEMBER, settings, '2027-01-17T12:00:00.000Z').reachedEightWeeks).toBe(0);
    expect(complaintReport(november(), NOVEMBER, settings, '2027-01-18T12:00:00.000Z').reachedEightWeeks).toBe(2);
  });
});

describe('complaintReport on particular cases', () => {
  it('shows an open hold as paused, leaving nothing yet to judge', () => {
    const report = complaintReport([onHold()], NOVEMBER, settings, MID_DECEMBER);
    expect(report.resolve).toMatchObject({ paused: 1, inTime: 0, overdue: 0 });
    expect(report.resolve.withinTarget).toEqual({ met: 0, of: 0, rate: null });
  });

  it('counts an Ombudsman referral and the remedies the Ombudsman required, in the total value', () => {
    const report = complaintReport([toTheOmbudsman()], NOVEMBER, settings, MID_DECEMBER);
    expect(report.referredToOmbudsman).toBe(1);
    expect(countOf(report.remedies.ombudsmanRequired, 'payment')).toBe(1);
    expect(countOf(report.remedies.ombudsmanRequired, 'apology')).toBe(1);
    expect(report.remedies.ombudsmanPaymentsPence).toBe(10_000);
    expect(report.remedies.totalValuePence).toBe(4250 + 10_000);
  });

  it('counts a complaint about staff like any other, and as about staff', () => {
    const report = complaintReport([caseReceived('closed', {}, true), caseReceived('received')], NOVEMBER, settings, MID_DECEMBER);
    expect(report.complaints).toBe(2);
    expect(report.aboutStaff).toBe(1);
  });

  it("reads a finished case's deadlines from the record frozen when it closed, not from the clock again", () => {
    const closed = caseReceived('closed');
    const record = closed.closeRecord!.deadlineRecord;
    const rewritten: ComplaintCase = {
      ...closed,
      closeRecord: { ...closed.closeRecord!, deadlineRecord: { ...record, acknowledge: { ...record.acknowledge, state: 'missed' } } },
    };
    expect(complaintReport([closed], NOVEMBER, settings, MID_DECEMBER).acknowledge.inTime).toBe(1);
    expect(complaintReport([rewritten], NOVEMBER, settings, MID_DECEMBER).acknowledge.late).toBe(1);
  });

  it.each([
    ['2026-06-30T23:30:00.000Z', { from: '2026-06-01', to: '2026-06-30' }, 0], // 00:30 on 1 July in London (BST)
    ['2026-06-30T23:30:00.000Z', { from: '2026-07-01', to: '2026-07-31' }, 1],
    ['2026-06-30T22:59:59.000Z', { from: '2026-06-01', to: '2026-06-30' }, 1],
    ['2026-03-31T23:30:00.000Z', { from: '2026-03-01', to: '2026-03-31' }, 0], // 1 April in London: summer time began 29 March
    ['2026-11-01T00:00:00.000Z', NOVEMBER, 1],
    ['2026-10-31T23:59:00.000Z', NOVEMBER, 0], // London is back on GMT from 25 October
    ['2026-11-01T00:30:00+02:00', NOVEMBER, 0], // written on 1 November, but 22:30 on 31 October in London
    ['2026-10-31T20:00:00-05:00', NOVEMBER, 1], // written on 31 October, but 01:00 on 1 November in London
    ['2026-11-03T09:00:00+14:00', NOVEMBER, 1], // 19:00 on 2 November in London
    ['2026-11-10T01:00:00+03:00', { from: '2026-11-01', to: '2026-11-09' }, 1], // 22:00 on 9 November in London
  ])('takes a complaint received at %s into %o by its London date: %i', (receivedAt, period, n) => {
    expect(complaintReport([caseReceived('received', { receivedAt })], period, settings, MID_DECEMBER).complaints).toBe(n);
  });

  it('gives no rates, rather than 0%, over a period with no complaints', () => {
    const report = complaintReport([], NOVEMBER, settings, MID_DECEMBER);
    expect(report.complaints).toBe(0);
    expect(report.firstContact.rate).toBeNull();
    expect(report.acknowledge.withinTarget.rate).toBeNull();
    expect(report.byChannel.map((c) => c.count)).toEqual([0, 0, 0, 0]);
  });
});
