// The work list's views in the policy's terms: which next deadlines are due today, overdue or breaching soon, and
// how far away a deadline is, in business days and in staff's words.
import { resolveSettings, type PolicySettings } from './business-days';
import { formatDay, parseDay } from './london-time';

/** The tabs of the work list, in the order staff see them. */
export const workListViews = ['mine', 'due-today', 'overdue', 'breaching-soon', 'on-hold', 'all'] as const;
export type WorkListView = (typeof workListViews)[number];

/**
 * Decision: a case is breaching soon when its next deadline is still ahead but falls within this many business
 * days of today (1 or 2 business days left): enough warning to act before the target is missed.
 */
export const BREACHING_SOON_BUSINESS_DAYS = 2;

/** Next deadlines from `from` to `to`, 'yyyy-MM-dd', both inclusive; null for no bound. */
export interface DueWindow {
  from: string | null;
  to: string | null;
}

const EVERY_DEADLINE: DueWindow = Object.freeze({ from: null, to: null });

/**
 * Which next deadlines a view holds, on London date `today`. Due today: the deadline is today. Overdue: it was
 * before today. Breaching soon: after today and no more than BREACHING_SOON_BUSINESS_DAYS business days away.
 * The other views do not depend on the deadline.
 */
export function dueWindowOf(view: WorkListView, today: string, settings: PolicySettings): DueWindow {
  const day = parseDay(today, 'Today');
  if (view === 'due-today') return { from: today, to: today };
  if (view === 'overdue') return { from: null, to: formatDay(day - 1) };
  if (view === 'breaching-soon') {
    const { days } = resolveSettings(settings);
    return { from: formatDay(day + 1), to: formatDay(days.add(day, BREACHING_SOON_BUSINESS_DAYS)) };
  }
  return EVERY_DEADLINE;
}

/** Both windows at once: the later start and the earlier end; null when they do not overlap. */
export function bothWindows(a: DueWindow, b: DueWindow): DueWindow | null {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export type DeadlineStanding = 'ahead' | 'due-today' | 'overdue' | 'paused' | 'none';

export interface NextDeadlineWords {
  standing: DeadlineStanding;
  /** Business days to the deadline (ahead) or past it (overdue); null otherwise. */
  businessDays: number | null;
  /** "in 2 business days", "due today", "overdue by 3 business days", "paused", "no deadline". */
  words: string;
}

const businessDaysWords = (n: number) => `${n} business day${n === 1 ? '' : 's'}`;

/**
 * How a next deadline stands on London date `today`. `dueOn` null with `paused` set is a resolve-by target
 * stopped by a hold. A deadline ahead counts the business days after today up to it (a deadline on Monday seen on
 * Saturday is "in 1 business day"); an overdue one counts the business days after it up to today, and at least
 * one, since its day has gone (a Friday deadline seen on Saturday is "overdue by 1 business day").
 */
export function nextDeadlineWords(dueOn: string | null, today: string, settings: PolicySettings, paused = false): NextDeadlineWords {
  if (dueOn === null) return paused ? { standing: 'paused', businessDays: null, words: 'paused' } : { standing: 'none', businessDays: null, words: 'no deadline' };
  const due = parseDay(dueOn, 'Deadline');
  const day = parseDay(today, 'Today');
  if (due === day) return { standing: 'due-today', businessDays: 0, words: 'due today' };
  const { days } = resolveSettings(settings);
  if (due > day) {
    const ahead = Math.max(1, days.between(day, due));
    return { standing: 'ahead', businessDays: ahead, words: `in ${businessDaysWords(ahead)}` };
  }
  const late = Math.max(1, days.between(due, day));
  return { standing: 'overdue', businessDays: late, words: `overdue by ${businessDaysWords(late)}` };
}
