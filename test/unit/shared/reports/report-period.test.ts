// The report period: two London dates, inclusive, checked with a message naming what is wrong; and the quick picks.
import { describe, expect, it } from 'vitest';
import { inPeriod, quickPeriod, reportPeriod } from '../../../../shared/reports';

describe('reportPeriod', () => {
  it('accepts a first and last date, the same day included', () => {
    expect(reportPeriod.parse({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(reportPeriod.safeParse({ from: '2026-11-23', to: '2026-11-23' }).success).toBe(true);
  });

  it.each([
    [{ from: '2026-11-30', to: '2026-11-01' }, 'The end of the period must be on or after its start'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'Start of the period must be a date like 2026-11-23'],
    [{ from: '2026-11-01', to: '30/11/2026' }, 'End of the period must be a date like 2026-11-23'],
    [{ to: '2026-11-30' }, 'Give the first date of the period'],
    [{ from: '2026-11-01', to: '' }, 'Give the last date of the period'],
    [{ from: '1990-01-01', to: '2026-11-30' }, 'A report covers at most twenty years: choose a shorter period'],
    ['November', 'Give the period as a first and a last date'],
  ])('refuses %j: %s', (input, message) => {
    const result = reportPeriod.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it.each([
    ['2026-10-31', false],
    ['2026-11-01', true],
    ['2026-11-30', true],
    ['2026-12-01', false],
  ])('has %s in November: %s', (day, inside) => {
    expect(inPeriod(day, { from: '2026-11-01', to: '2026-11-30' })).toBe(inside);
  });
});

describe('quickPeriod', () => {
  it.each([
    ['this-month', '2026-12-04', '2026-12-01', '2026-12-04'],
    ['last-month', '2026-12-04', '2026-11-01', '2026-11-30'],
    ['last-month', '2027-01-15', '2026-12-01', '2026-12-31'],
    ['last-month', '2028-03-10', '2028-02-01', '2028-02-29'],
    ['this-quarter', '2026-12-04', '2026-10-01', '2026-12-04'],
    ['this-quarter', '2026-02-14', '2026-01-01', '2026-02-14'],
    ['this-quarter', '2026-06-30', '2026-04-01', '2026-06-30'],
    ['this-year', '2026-12-04', '2026-01-01', '2026-12-04'],
  ] as const)('%s on %s runs from %s to %s', (kind, today, from, to) => {
    expect(quickPeriod(kind, today)).toEqual({ from, to });
  });
});
