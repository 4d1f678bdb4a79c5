// The work list's views: due windows for each tab, and a next deadline in business days and words.
import { describe, expect, it } from 'vitest';
import { bothWindows, dueWindowOf, nextDeadlineWords, type DueWindow, type PolicySettings, type WorkListView } from '../../../../shared/policy';

const EW: PolicySettings = { nation: 'england-and-wales' };
const SCT: PolicySettings = { nation: 'scotland' };

describe('dueWindowOf', () => {
  it.each<[WorkListView, string, PolicySettings, DueWindow, string]>([
    ['due-today', '2026-11-23', EW, { from: '2026-11-23', to: '2026-11-23' }, 'today only'],
    ['overdue', '2026-11-23', EW, { from: null, to: '2026-11-22' }, 'every day before today'],
    ['breaching-soon', '2026-11-23', EW, { from: '2026-11-24', to: '2026-11-25' }, 'Tuesday and Wednesday after a Monday'],
    ['breaching-soon', '2026-11-26', EW, { from: '2026-11-27', to: '2026-11-30' }, 'a Thursday reaches over the weekend to Monday'],
    ['breaching-soon', '2026-11-28', EW, { from: '2026-11-29', to: '2026-12-01' }, 'a Saturday counts Monday and Tuesday'],
    ['breaching-soon', '2026-12-23', EW, { from: '2026-12-24', to: '2026-12-29' }, 'Christmas and Boxing Day (moved to Monday 28th) are not business days'],
    ['breaching-soon', '2026-11-27', SCT, { from: '2026-11-28', to: '2026-12-02' }, "St Andrew's Day (Mon 30 Nov) in Scotland"],
    ['breaching-soon', '2026-11-23', { nation: 'england-and-wales', closures: ['2026-11-24'] }, { from: '2026-11-24', to: '2026-11-26' }, 'a company closure'],
    ['mine', '2026-11-23', EW, { from: null, to: null }, 'any deadline'],
    ['on-hold', '2026-11-23', EW, { from: null, to: null }, 'any deadline'],
    ['all', '2026-11-23', EW, { from: null, to: null }, 'any deadline'],
  ])('%s on %s is %o (%s)', (view, today, settings, expected) => {
    expect(dueWindowOf(view, today, settings)).toEqual(expected);
  });

  it('refuses a today that is not a date', () => {
    expect(() => dueWindowOf('overdue', '23/11/2026', EW)).toThrow('Today "23/11/2026" is not a date in yyyy-MM-dd form');
  });
});

describe('bothWindows', () => {
  it.each<[DueWindow, DueWindow, DueWindow | null]>([
    [{ from: null, to: null }, { from: '2026-11-23', to: '2026-11-23' }, { from: '2026-11-23', to: '2026-11-23' }],
    [{ from: '2026-11-20', to: '2026-11-30' }, { from: '2026-11-24', to: null }, { from: '2026-11-24', to: '2026-11-30' }],
    [{ from: null, to: '2026-11-22' }, { from: '2026-11-23', to: '2026-11-23' }, null],
  ])('%o and %o give %o', (a, b, expected) => {
    expect(bothWindows(a, b)).toEqual(expected);
    expect(bothWindows(b, a)).toEqual(expected);
  });
});

describe('nextDeadlineWords', () => {
  it.each<[string | null, string, boolean, string, number | null, string]>([
    ['2026-11-25', '2026-11-23', false, 'ahead', 2, 'in 2 business days'],
    ['2026-11-24', '2026-11-23', false, 'ahead', 1, 'in 1 business day'],
    ['2026-11-30', '2026-11-27', false, 'ahead', 1, 'in 1 business day'],
    ['2026-11-30', '2026-11-28', false, 'ahead', 1, 'in 1 business day'],
    ['2026-12-07', '2026-11-23', false, 'ahead', 10, 'in 10 business days'],
    ['2026-11-23', '2026-11-23', false, 'due-today', 0, 'due today'],
    ['2026-11-20', '2026-11-25', false, 'overdue', 3, 'overdue by 3 business days'],
    ['2026-11-27', '2026-11-30', false, 'overdue', 1, 'overdue by 1 business day'],
    ['2026-11-27', '2026-11-28', false, 'overdue', 1, 'overdue by 1 business day'],
    ['2026-12-24', '2026-12-29', false, 'overdue', 1, 'overdue by 1 business day'],
    [null, '2026-11-23', true, 'paused', null, 'paused'],
    [null, '2026-11-23', false, 'none', null, 'no deadline'],
  ])('due %s seen on %s (paused %s) is %s, %s: "%s"', (dueOn, today, paused, standing, businessDays, words) => {
    expect(nextDeadlineWords(dueOn, today, EW, paused)).toEqual({ standing, businessDays, words });
  });

  it('counts by the nation: in Scotland Monday 30 November 2026 is a holiday', () => {
    expect(nextDeadlineWords('2026-12-01', '2026-11-27', SCT).words).toBe('in 1 business day');
    expect(nextDeadlineWords('2026-12-01', '2026-11-27', EW).words).toBe('in 2 business days');
  });
});
