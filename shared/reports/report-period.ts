// The period a report covers: complaints received between two London dates, inclusive, and the quick picks.
import { z } from 'zod';
import { isoDate } from '../model';
import { dayFromCivil, formatDay, MS_PER_DAY, parseDay } from '../policy/london-time';

/** Longest period a report covers: twenty years is every case any desk will hold, and bounds a typo. */
export const MAX_PERIOD_DAYS = 20 * 366;

/** Both ends are real dates: the cross-checks below say nothing more when a date itself is wrong. */
const bothDates = (p: { from: unknown; to: unknown }) =>
  [p.from, p.to].every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)));

export const reportPeriod = z
  .object(
    {
      from: isoDate('Start of the period', 'Give the first date of the period'),
      to: isoDate('End of the period', 'Give the last date of the period'),
    },
    { error: 'Give the period as a first and a last date' },
  )
  .refine((p) => !bothDates(p) || p.from <= p.to, { path: ['to'], message: 'The end of the period must be on or after its start' })
  .refine((p) => !bothDates(p) || (Date.parse(p.to) - Date.parse(p.from)) / MS_PER_DAY < MAX_PERIOD_DAYS, {
    path: ['to'],
    message: 'A report covers at most twenty years: choose a shorter period',
  });
export type ReportPeriod = z.infer<typeof reportPeriod>;

/** True when the London date `day` ('yyyy-MM-dd') falls within the period, both ends included. */
export function inPeriod(day: string, period: ReportPeriod): boolean {
  return day >= period.from && day <= period.to;
}

/** The London date `days` days after (before, when negative) `day`. */
export function shiftDay(day: string, days: number): string {
  return formatDay(parseDay(day, 'Date') + days);
}

export const quickPeriodKinds = ['this-month', 'last-month', 'this-quarter', 'this-year'] as const;
export type QuickPeriodKind = (typeof quickPeriodKinds)[number];
export const quickPeriodLabels: Record<QuickPeriodKind, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-quarter': 'This quarter',
  'this-year': 'This year',
};

const first = (year: number, month: number) => formatDay(dayFromCivil(year, month, 1));
const lastOf = (year: number, month: number) => formatDay(dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1);

/**
 * A quick pick for `today` (a London date): "this" periods run from their first day to today, since nothing is
 * received in the future; last month is the whole calendar month. Quarters are calendar quarters.
 */
export function quickPeriod(kind: QuickPeriodKind, today: string): ReportPeriod {
  parseDay(today, 'Today');
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'this-month':
      return { from: first(year, month), to: today };
    case 'last-month': {
      const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return { from: first(y, m), to: lastOf(y, m) };
    }
    case 'this-quarter':
      return { from: first(year, month - ((month - 1) % 3)), to: today };
    case 'this-year':
      return { from: first(year, 1), to: today };
  }
}
