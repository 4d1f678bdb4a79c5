// British Summer Time as the law sets it: the Summer Time Order 2002 (the EU rule, unchanged since 1996) puts the
// clocks forward an hour at 01:00 GMT on the last Sunday of March and back at 01:00 GMT on the last Sunday of
// October. Worked out here for 1996-2099 without the runtime's time-zone data, because reading that data the first
// time costs each new window several milliseconds (Chromium loads ICU's zone tables for Intl.DateTimeFormat);
// other years ask the runtime. test/unit/shared/policy/british-summer-time.test.ts checks the rule against it.
export const RULE_FIRST_YEAR = 1996;
export const RULE_LAST_YEAR = 2099;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 01:00 GMT on the last Sunday of `month` (1-12, a 31-day month) of `year`, in epoch milliseconds. */
export function lastSundayOneAm(year: number, month: 3 | 10): number {
  const last = Date.UTC(year, month - 1, 31);
  return last - new Date(last).getUTCDay() * DAY + HOUR;
}

/** Minutes London is ahead of UTC at `ms` (0 or 60) under the rule, or null for a year it does not cover. */
export function britishSummerTimeOffset(ms: number): number | null {
  const year = new Date(ms).getUTCFullYear();
  if (year < RULE_FIRST_YEAR || year > RULE_LAST_YEAR) return null;
  return ms >= lastSundayOneAm(year, 3) && ms < lastSundayOneAm(year, 10) ? 60 : 0;
}
