// The complaint clock: when a complaint must be acknowledged and resolved, and when the Ombudsman opens.
import { resolveSettings, type PolicySettings } from './business-days';
import {
  ACKNOWLEDGE_WITHIN_BUSINESS_DAYS,
  clockDays,
  OMBUDSMAN_AFTER_CALENDAR_DAYS,
  RESOLVE_WITHIN_BUSINESS_DAYS,
  type Hold,
} from './clock-days';
import { formatDay, parseInstant } from './london-time';

export type { Hold } from './clock-days';

/** The policy's numbers, for letters and screens that quote them. */
export const CLOCK_RULES = Object.freeze({
  acknowledgeWithinBusinessDays: ACKNOWLEDGE_WITHIN_BUSINESS_DAYS,
  resolveWithinBusinessDays: RESOLVE_WITHIN_BUSINESS_DAYS,
  ombudsmanAfterCalendarDays: OMBUDSMAN_AFTER_CALENDAR_DAYS,
});

/** Every date is 'yyyy-MM-dd' in Europe/London. */
export interface ComplaintClock {
  /** Day 0: the business day the clock starts. */
  clockStartsOn: string;
  /** The 3rd business day after day 0; holds never move it. */
  acknowledgeBy: string;
  /** The 10th business day after day 0, not counting business days on hold; null while a hold is open. */
  resolveBy: string | null;
  /** 56 calendar days after the London date the complaint was received; holds never move it. */
  ombudsmanEligibleFrom: string;
}

/**
 * The complaint's deadlines.
 * @param receivedAt ISO 8601 instant with an offset, e.g. '2026-11-23T10:00:00Z'.
 *   Received at or after closing time (17:30:00 by default) counts as after closing.
 * @param holds regulator or law-enforcement holds, 'yyyy-MM-dd' inclusive; no `to` = still open.
 */
export function complaintClock(
  receivedAt: string,
  settings: PolicySettings,
  holds: readonly Hold[] = [],
): ComplaintClock {
  const days = clockDays(parseInstant(receivedAt, 'Received time'), resolveSettings(settings), holds);
  return {
    clockStartsOn: formatDay(days.start),
    acknowledgeBy: formatDay(days.acknowledgeBy),
    resolveBy: days.resolveBy === null ? null : formatDay(days.resolveBy),
    ombudsmanEligibleFrom: formatDay(days.ombudsmanFrom),
  };
}
