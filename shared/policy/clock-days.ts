// The complaint clock in day numbers: the rules of REQUIREMENTS section 3, shared by clock.ts and case-status.ts.
import type { BusinessDays, ResolvedSettings } from './business-days';
import { londonWallClockMs, MS_PER_DAY, parseDay } from './london-time';

// Internal to shared/policy: clock.ts and case-status.ts turn these day numbers into dates.

/** A regulator or law-enforcement investigation pausing the resolve-by target. */
export interface Hold {
  /** First day of the hold, 'yyyy-MM-dd', inclusive. */
  from: string;
  /** Last day of the hold, 'yyyy-MM-dd', inclusive; absent (or null) while the hold is still open. */
  to?: string | null;
}

export const ACKNOWLEDGE_WITHIN_BUSINESS_DAYS = 3;
export const RESOLVE_WITHIN_BUSINESS_DAYS = 10;
export const OMBUDSMAN_AFTER_CALENDAR_DAYS = 56;

export interface ClockDays {
  /** London date the complaint was actually received, whatever the hours. */
  received: number;
  /** Day 0: the business day the clock starts. */
  start: number;
  acknowledgeBy: number;
  /** null while a hold is open. */
  resolveBy: number | null;
  ombudsmanFrom: number;
}

/**
 * Day 0. A complaint received on a business day before closing time starts that day (before opening
 * too); at or after closing, or on any other day, it starts on the next business day.
 */
function clockStartDay(receivedMs: number, settings: ResolvedSettings): number {
  const wallClock = londonWallClockMs(receivedMs);
  const received = Math.floor(wallClock / MS_PER_DAY);
  const { days } = settings;
  if (days.isBusinessDay(received) && wallClock - received * MS_PER_DAY < settings.closesMs) return received;
  return days.add(received, 1);
}

export function clockDays(
  receivedMs: number,
  settings: ResolvedSettings,
  holds: readonly Hold[] | undefined,
): ClockDays {
  const received = Math.floor(londonWallClockMs(receivedMs) / MS_PER_DAY);
  const start = clockStartDay(receivedMs, settings);
  const { days } = settings;
  return {
    received,
    start,
    acknowledgeBy: days.add(start, ACKNOWLEDGE_WITHIN_BUSINESS_DAYS),
    resolveBy: resolveByDay(start, days, holds),
    ombudsmanFrom: received + OMBUDSMAN_AFTER_CALENDAR_DAYS,
  };
}

/**
 * The 10th business day after day 0, not counting business days inside holds. null while a hold that
 * begins on or before that day is still open: the target is paused and has no date.
 */
export function resolveByDay(start: number, days: BusinessDays, holds: readonly Hold[] | undefined): number | null {
  let target = days.add(start, RESOLVE_WITHIN_BUSINESS_DAYS);
  if (holds === undefined || holds === null) return target;
  if (!Array.isArray(holds)) throw new Error('Holds must be a list');
  if (holds.length === 0) return target;

  // Closed holds as [from, to] pairs, clipped to start after day 0 (day 0 is never counted anyway).
  let openFrom = Infinity;
  const closed: [number, number][] = [];
  for (const hold of holds) {
    if (typeof hold !== 'object' || hold === null) throw new Error('Each hold must give the date it starts');
    const from = parseDay(hold.from, 'Hold start');
    if (hold.to === undefined || hold.to === null) {
      openFrom = Math.min(openFrom, from);
      continue;
    }
    const to = parseDay(hold.to, 'Hold end');
    if (to < from) throw new Error(`Hold ends on ${hold.to}, before it starts on ${hold.from}`);
    if (to > start) closed.push([Math.max(from, start + 1), to]);
  }
  if (closed.length > 1) closed.sort((a, b) => a[0] - b[0]);

  // Walk the holds in date order, merging overlaps so no day is discounted twice. Each hold's
  // business days up to the current target are replaced by as many business days after it.
  let index = 0;
  while (index < closed.length) {
    const first = closed[index] as [number, number];
    const from = first[0];
    let to = first[1];
    index += 1;
    while (index < closed.length && (closed[index] as [number, number])[0] <= to + 1) {
      to = Math.max(to, (closed[index] as [number, number])[1]);
      index += 1;
    }
    // A hold starting after the target, or inside an open hold, changes nothing.
    if (from > target || from >= openFrom) break;
    const held = days.between(from - 1, Math.min(target, to));
    target = days.add(Math.max(target, to), held);
  }
  if (Math.max(openFrom, start + 1) <= target) return null;
  return target;
}
