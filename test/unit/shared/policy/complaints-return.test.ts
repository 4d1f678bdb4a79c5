// The complaints return checked against a hand-counted fixture of 42 cases (40 complaints, 2 enquiries), Q1 2027.
import { describe, expect, it } from 'vitest';
import { complaintsReturn } from '../../../../shared/policy';
import { settings } from '../../../fixtures/cases';
import { Q1, returnCases as cases } from '../../../fixtures/complaints-return-cases';

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
