// The complaints return checked against a hand-counted fixture of 42 cases (40 complaints, 2 enquiries), Q1 2027.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase, ComplaintCategory, OmbudsmanDecisionKind, ResponseOutcome, RootCause } from '../../../../shared/model';
import { complaintsReturn } from '../../../../shared/policy';
import { caseAt, settings } from '../../../fixtures/cases';

const closedBase = caseAt('closed');
const fcrBase = caseAt('resolved-at-first-contact');
const withdrawnBase = caseAt('withdrawn');
const openBase = caseAt('investigating');

// Receipts (England and Wales, default hours). Fri 1 Jan, Good Friday 26 Mar and Easter Monday 29 Mar 2027 are holidays.
const R1 = '2027-01-04T10:00:00.000Z'; // Mon: 3 business days → Thu 7 Jan; 8 weeks → Mon 1 Mar; next business day Tue 5 Jan
const R2 = '2027-01-11T10:00:00.000Z'; // Mon: → Thu 14 Jan; → Mon 8 Mar; next business day Tue 12 Jan
const R3 = '2027-01-15T18:00:00.000Z'; // Fri after closing: day 0 Mon 18 → Thu 21 Jan; 8 weeks from Fri 15 → Fri 12 Mar; next business day Mon 18
const R4 = '2027-03-25T10:00:00.000Z'; // Thu before Easter: → Thu 1 Apr; next business day Tue 30 Mar
const R5 = '2026-11-02T10:00:00.000Z'; // Mon, before the period: 8 weeks → Mon 28 Dec 2026
const R6 = '2026-12-07T10:00:00.000Z'; // Mon, before the period: 8 weeks → Mon 1 Feb 2027

type End =
  | { how: 'fcr'; at: string; outcome: ResponseOutcome; pay?: number }
  | { how: 'response'; at: string; outcome: ResponseOutcome; pay?: number; root: RootCause }
  | { how: 'withdrawn'; at: string }
  | { how: 'open' };

interface Row {
  n: number;
  received: string;
  end: End;
  category?: ComplaintCategory;
  staff?: boolean;
  enquiry?: boolean;
  /** A first life that ended with a response or first-contact resolution at `previous`, reopened at `reopened`. */
  reopened?: { previous: string; how: 'fcr' | 'response'; reopened: string };
  ombudsman?: { referredOn: string; decision?: OmbudsmanDecisionKind; decidedOn?: string; award?: number };
}

const rows: Row[] = [
  { n: 1, received: R1, end: { how: 'fcr', at: '2027-01-04T10:30:00.000Z', outcome: 'upheld', pay: 2000 }, category: 'billing' },
  { n: 2, received: R1, end: { how: 'fcr', at: '2027-01-05T09:00:00.000Z', outcome: 'not-upheld' }, category: 'metering' },
  { n: 3, received: R1, end: { how: 'response', at: '2027-01-06T11:00:00.000Z', outcome: 'partly-upheld', pay: 5000, root: 'process' }, category: 'billing' },
  { n: 4, received: R1, end: { how: 'response', at: '2027-01-07T16:00:00.000Z', outcome: 'upheld', root: 'systems' }, category: 'switching' },
  { n: 5, received: R1, end: { how: 'response', at: '2027-01-08T10:00:00.000Z', outcome: 'upheld', pay: 1500, root: 'systems' }, category: 'switching' },
  { n: 6, received: R1, end: { how: 'response', at: '2027-03-01T15:00:00.000Z', outcome: 'not-upheld', root: 'no-fault-found' }, category: 'broker-fees' },
  { n: 7, received: R1, end: { how: 'response', at: '2027-03-02T10:00:00.000Z', outcome: 'not-upheld', root: 'customer-misunderstanding' }, category: 'broker-fees' },
  { n: 8, received: R1, end: { how: 'withdrawn', at: '2027-01-20T10:00:00.000Z' }, category: 'customer-service' },
  { n: 9, received: R1, end: { how: 'open' }, category: 'billing' },
  { n: 10, received: R1, end: { how: 'open' }, category: 'customer-service', staff: true },
  { n: 11, received: R2, end: { how: 'fcr', at: '2027-01-12T16:00:00.000Z', outcome: 'upheld', pay: 2500 }, category: 'customer-service', staff: true },
  { n: 12, received: R2, end: { how: 'response', at: '2027-01-14T12:00:00.000Z', outcome: 'upheld', pay: 10_000, root: 'supplier' }, category: 'billing' },
  { n: 13, received: R2, end: { how: 'response', at: '2027-01-12T12:00:00.000Z', outcome: 'not-upheld', root: 'no-fault-found' }, category: 'metering' },
  { n: 14, received: R2, end: { how: 'response', at: '2027-01-15T12:00:00.000Z', outcome: 'partly-upheld', pay: 3000, root: 'process' }, category: 'billing' },
  { n: 15, received: R2, end: { how: 'response', at: '2027-02-20T12:00:00.000Z', outcome: 'partly-upheld', root: 'communication' }, category: 'contract-renewal' },
  { n: 16, received: R2, end: { how: 'response', at: '2027-03-08T16:00:00.000Z', outcome: 'upheld', pay: 7500, root: 'supplier' }, category: 'contract-renewal' },
  { n: 17, received: R2, end: { how: 'response', at: '2027-03-09T09:00:00.000Z', outcome: 'not-upheld', root: 'product-or-policy' }, category: 'mis-selling' },
  { n: 18, received: R2, end: { how: 'response', at: '2027-04-01T09:00:00.000Z', outcome: 'upheld', root: 'process' }, category: 'billing' },
  { n: 19, received: R2, end: { how: 'withdrawn', at: '2027-01-11T12:00:00.000Z' }, category: 'other' },
  { n: 20, received: R2, end: { how: 'open' }, category: 'customer-service', staff: true },
  { n: 21, received: R3, end: { how: 'fcr', at: '2027-01-18T09:30:00.000Z', outcome: 'upheld', pay: 1000 }, category: 'payments' },
  { n: 22, received: R3, end: { how: 'response', at: '2027-01-21T15:00:00.000Z', outcome: 'not-upheld', root: 'third-party' }, category: 'payments' },
  { n: 23, received: R3, end: { how: 'response', at: '2027-01-22T09:00:00.000Z', outcome: 'upheld', pay: 4000, root: 'people-and-training' }, category: 'payments' },
  { n: 24, received: R3, end: { how: 'response', at: '2027-03-12T09:00:00.000Z', outcome: 'partly-upheld', root: 'process' }, category: 'billing' },
  { n: 25, received: R3, end: { how: 'response', at: '2027-03-15T09:00:00.000Z', outcome: 'upheld', pay: 20_000, root: 'process' }, category: 'billing', reopened: { previous: '2027-01-20T10:00:00.000Z', how: 'response', reopened: '2027-02-10T10:00:00.000Z' } },
  { n: 26, received: R4, end: { how: 'fcr', at: '2027-03-25T11:00:00.000Z', outcome: 'upheld' }, category: 'data-protection' },
  { n: 27, received: R4, end: { how: 'response', at: '2027-03-30T11:00:00.000Z', outcome: 'not-upheld', root: 'no-fault-found' }, category: 'data-protection' },
  { n: 28, received: R4, end: { how: 'response', at: '2027-03-31T11:00:00.000Z', outcome: 'upheld', pay: 500, root: 'other' }, category: 'other' },
  { n: 29, received: R4, end: { how: 'open' }, category: 'billing' },
  { n: 30, received: R4, end: { how: 'response', at: '2027-04-01T11:00:00.000Z', outcome: 'upheld', root: 'process' }, category: 'billing' },
  { n: 31, received: R5, end: { how: 'response', at: '2027-01-04T11:00:00.000Z', outcome: 'partly-upheld', pay: 6000, root: 'product-or-policy' }, category: 'mis-selling' },
  { n: 32, received: R5, end: { how: 'withdrawn', at: '2027-02-10T11:00:00.000Z' } },
  { n: 33, received: R5, end: { how: 'response', at: '2026-12-15T11:00:00.000Z', outcome: 'not-upheld', root: 'supplier' }, category: 'billing', ombudsman: { referredOn: '2027-02-01', decision: 'upheld', decidedOn: '2027-03-10', award: 15_000 } },
  { n: 34, received: R6, end: { how: 'response', at: '2027-02-01T16:00:00.000Z', outcome: 'upheld', pay: 2500, root: 'supplier' }, category: 'switching' },
  { n: 35, received: R6, end: { how: 'response', at: '2027-02-02T10:00:00.000Z', outcome: 'not-upheld', root: 'supplier' }, category: 'switching', ombudsman: { referredOn: '2027-03-01', decision: 'settled', decidedOn: '2027-03-30' } },
  { n: 36, received: R6, end: { how: 'response', at: '2026-12-10T10:00:00.000Z', outcome: 'upheld', root: 'process' }, category: 'billing', ombudsman: { referredOn: '2026-12-20', decision: 'not-upheld', decidedOn: '2027-01-20' } },
  { n: 37, received: R6, end: { how: 'open' }, category: 'billing' },
  { n: 38, received: R6, end: { how: 'response', at: '2027-02-03T10:00:00.000Z', outcome: 'partly-upheld', root: 'people-and-training' }, category: 'customer-service', staff: true },
  { n: 39, received: R1, end: { how: 'response', at: '2027-01-28T10:00:00.000Z', outcome: 'partly-upheld', pay: 1200, root: 'communication' }, category: 'billing', reopened: { previous: '2027-01-04T11:00:00.000Z', how: 'fcr', reopened: '2027-01-10T10:00:00.000Z' } },
  { n: 40, received: R2, end: { how: 'open' }, category: 'billing', reopened: { previous: '2027-01-13T10:00:00.000Z', how: 'response', reopened: '2027-01-20T10:00:00.000Z' } },
  { n: 41, received: R1, end: { how: 'open' }, enquiry: true },
  { n: 42, received: R2, end: { how: 'open' }, enquiry: true },
];

const payments = (pay: number | undefined) => (pay ? [{ kind: 'apology' as const }, { kind: 'payment' as const, amountPence: pay }] : [{ kind: 'explanation' as const }]);

function build(row: Row): ComplaintCase {
  const e = row.end;
  const base = e.how === 'response' ? closedBase : e.how === 'fcr' ? fcrBase : e.how === 'withdrawn' ? withdrawnBase : openBase;
  const c: ComplaintCase = { ...base, id: `case-${row.n}`, receivedAt: row.received, category: row.category, concernsStaff: row.staff ?? false };
  if (!row.category) delete c.category;
  if (row.enquiry) Object.assign(c, { kind: 'enquiry' });
  if (e.how === 'response' && closedBase.response && closedBase.closeRecord) {
    c.response = { ...closedBase.response, sentAt: e.at, outcome: e.outcome, remedies: payments(e.pay) };
    c.closeRecord = { ...closedBase.closeRecord, rootCause: e.root };
  }
  if (e.how === 'fcr' && fcrBase.firstContactResolution) c.firstContactResolution = { ...fcrBase.firstContactResolution, resolvedAt: e.at, outcome: e.outcome, remedies: payments(e.pay) };
  if (e.how === 'withdrawn' && withdrawnBase.withdrawal) c.withdrawal = { ...withdrawnBase.withdrawal, withdrawnAt: e.at };
  if (row.reopened && closedBase.response && fcrBase.firstContactResolution) {
    const r = row.reopened;
    const previous =
      r.how === 'response'
        ? { delayNotices: [], response: { ...closedBase.response, sentAt: r.previous } }
        : { delayNotices: [], firstContactResolution: { ...fcrBase.firstContactResolution, resolvedAt: r.previous } };
    c.reopenings = [{ id: 'r1', reopenedAt: r.reopened, reopenedById: 'user-agent', reason: 'Reopened', fromStage: r.how === 'fcr' ? 'resolved-at-first-contact' : 'closed', previous }];
  }
  if (row.ombudsman) {
    const o = row.ombudsman;
    c.ombudsman = {
      referredOn: o.referredOn,
      reference: `EO-${row.n}`,
      recordedById: 'user-agent',
      recordedAt: `${o.referredOn}T10:00:00.000Z`,
      ...(o.decision && o.decidedOn
        ? { decision: { decision: o.decision, decidedOn: o.decidedOn, summary: 'Decided.', remedies: o.award ? [{ kind: 'payment' as const, amountPence: o.award }] : [], recordedById: 'user-agent' } }
        : {}),
    };
  }
  return c;
}

const cases = rows.map(build);
const Q1 = { from: '2027-01-01', to: '2027-03-31' };

describe('complaintsReturn: Q1 2027, counted by hand', () => {
  const r = complaintsReturn(cases, Q1, settings, 2500);

  it('counts complaints received and resolved by the end of the next business day', () => {
    // Received in Q1: rows 1-30, 39 and 40 (32). By the next business day: 1, 2, 11, 13, 21, 26, 27 and 39 (its
    // first life was resolved at first contact on the day).
    expect(r.received).toBe(32);
    expect(r.resolvedByNextBusinessDay).toBe(8);
    expect(r.notResolvedByNextBusinessDay).toBe(24);
    expect(r.perThousandCustomers).toBe(12.8);
  });

  it('bands the 30 complaints closed in the period', () => {
    expect(r.closed).toBe(30);
    // Within 3: 1-4, 11-13, 19, 21-22, 26-28. Within 8 weeks: 5, 6, 8, 14-16, 23, 24, 34, 39. After: 7, 17, 25, 31, 32, 35, 38.
    expect(r.bands).toEqual({ 'within-3-business-days': 13, 'within-8-weeks': 10, 'after-8-weeks': 7 });
  });

  it('counts outcomes and the redress paid', () => {
    expect(r.outcomes).toEqual({ upheld: 12, 'partly-upheld': 7, 'not-upheld': 8, withdrawn: 3 });
    // 2000 + 5000 + 1500 + 2500 + 10000 + 3000 + 7500 + 1000 + 4000 + 20000 + 500 + 6000 + 2500 + 1200
    expect(r.redressPaidPence).toBe(66_700);
  });

  it('counts by category and root cause', () => {
    expect(r.byCategory).toEqual({
      billing: 7,
      'contract-renewal': 2,
      switching: 4,
      'mis-selling': 2,
      'broker-fees': 2,
      'customer-service': 3,
      metering: 2,
      payments: 3,
      'data-protection': 2,
      other: 2,
      uncategorised: 1,
    });
    expect(r.byRootCause).toEqual({
      process: 4,
      'people-and-training': 2,
      systems: 2,
      supplier: 4,
      communication: 2,
      'product-or-policy': 2,
      'third-party': 1,
      'customer-misunderstanding': 1,
      'no-fault-found': 3,
      other: 1,
      'not-recorded': 8,
    });
  });

  it('counts a reopened complaint once, as reopened, and staff complaints without describing them', () => {
    expect(r.reopened).toBe(2);
    expect(r.staffComplaintsReceived).toBe(3);
    expect(r.staffComplaintsClosed).toBe(2);
  });

  it('counts Ombudsman referrals and decisions in the period', () => {
    expect(r.ombudsmanReferrals).toBe(2);
    expect(r.ombudsmanDecisions).toEqual({ upheld: 1, 'partly-upheld': 0, 'not-upheld': 1, settled: 1, 'outside-remit': 0 });
    expect(r.ombudsmanAwardsPence).toBe(15_000);
  });

  it('has no rate without a customer count, and refuses a count that is not a whole number above 0', () => {
    expect(complaintsReturn(cases, Q1, settings, null).perThousandCustomers).toBeNull();
    expect(() => complaintsReturn(cases, Q1, settings, 0)).toThrow('customer count');
  });

  it('a one-day period holds only that day', () => {
    const day = complaintsReturn(cases, { from: '2027-01-12', to: '2027-01-12' }, settings, null);
    // Closed on Tue 12 Jan: 11 (first contact) and 13 (response).
    expect(day.closed).toBe(2);
    expect(day.received).toBe(0);
  });
});
