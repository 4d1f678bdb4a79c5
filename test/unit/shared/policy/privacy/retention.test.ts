// Retention: when a finished case ended, and the first day it may be anonymised (default 6 years, leap days).
import { describe, expect, it } from 'vitest';
import {
  anonymiseFrom,
  caseEndedOn,
  DEFAULT_RETENTION_YEARS,
  retentionSearchLimit,
  retentionStatus,
  retentionYears,
} from '../../../../../shared/policy/privacy/retention';
import { caseAt } from '../../../../fixtures/cases';

describe('anonymiseFrom', () => {
  it.each([
    ['2020-03-15', 6, '2026-03-15'],
    ['2020-12-31', 6, '2026-12-31'],
    ['2020-02-29', 6, '2026-03-01'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2019-02-28', 1, '2020-02-28'],
    ['2026-12-11', 1, '2027-12-11'],
  ])('a case that ended on %s, kept %i years, may be anonymised from %s', (endedOn, years, expected) => {
    expect(anonymiseFrom(endedOn, years)).toBe(expected);
  });

  it('keeps cases 6 years by default', () => expect(DEFAULT_RETENTION_YEARS).toBe(6));
});

describe('caseEndedOn', () => {
  it.each([
    ['closed', '2026-12-11'],
    ['resolved-at-first-contact', '2026-11-23'],
    ['withdrawn', '2026-11-23'],
    ['enquiry', '2026-11-23'],
    ['received', null],
    ['responded', null],
    ['actions-taken', null],
  ] as const)('a case %s ended on %s', (stage, expected) => {
    expect(caseEndedOn(caseAt(stage))).toBe(expected);
  });

  it('keeps a closed case live while its Ombudsman referral awaits a decision, then runs from the decision', () => {
    const closed = caseAt('closed');
    const referral = { referredOn: '2027-01-20', reference: 'EO-1234', recordedById: 'user-manager', recordedAt: '2027-01-20T10:00:00.000Z' };
    expect(caseEndedOn({ ...closed, ombudsman: referral })).toBeNull();
    const decision = { decision: 'not-upheld' as const, decidedOn: '2027-04-02', summary: 'Not upheld', remedies: [], recordedById: 'user-manager' };
    expect(caseEndedOn({ ...closed, ombudsman: { ...referral, decision } })).toBe('2027-04-02');
    const owed = { ...decision, remedies: [{ kind: 'apology' as const }] };
    expect(caseEndedOn({ ...closed, ombudsman: { ...referral, decision: owed } })).toBeNull();
    expect(caseEndedOn({ ...closed, ombudsman: { ...referral, decision: owed, remedyCompletedOn: '2027-05-01' } })).toBe('2027-05-01');
  });
});

describe('retentionStatus', () => {
  const closed = caseAt('closed');
  it.each([
    ['2032-12-10T23:59:00.000Z', 'kept'],
    ['2032-12-11T00:00:00.000Z', 'past-retention'],
    ['2040-01-01T12:00:00.000Z', 'past-retention'],
  ] as const)('a case closed on 11/12/2026 is %s at %s', (now, expected) => {
    expect(retentionStatus(closed, 6, now)).toEqual({ status: expected, endedOn: '2026-12-11', anonymiseFrom: '2032-12-11' });
  });

  it('uses London dates: 23:30 UTC on 10 June is 11 June in London', () => {
    const summer = { ...closed, closeRecord: { ...closed.closeRecord!, closedAt: '2020-06-10T23:30:00.000Z' } };
    expect(retentionStatus(summer, 6, '2026-06-10T22:59:00.000Z').status).toBe('kept');
    expect(retentionStatus(summer, 6, '2026-06-10T23:00:00.000Z').status).toBe('past-retention');
  });

  it('says a case still being worked is live', () => expect(retentionStatus(caseAt('investigating'), 6, '2040-01-01T00:00:00.000Z')).toEqual({ status: 'live' }));
});

describe('retentionSearchLimit', () => {
  it('lies after the end of any case past retention', () => {
    const limit = retentionSearchLimit('2026-03-01T10:00:00.000Z', 6);
    expect(limit > '2020-02-29T23:59:59.999Z').toBe(true);
    expect(limit < '2020-03-05T00:00:00.000Z').toBe(true);
  });
});

describe('retentionYears', () => {
  it.each([[6, true], [1, true], [50, true], [0, false], [51, false], [2.5, false]])('%s years valid: %s', (years, ok) => {
    expect(retentionYears.safeParse(years).success).toBe(ok);
  });

  it('names what is wrong', () => {
    expect(retentionYears.safeParse(0).error?.issues[0]?.message).toBe('Retention period must be a number of years from 1 to 50');
  });
});
