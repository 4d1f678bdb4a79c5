// The business calendar: which London dates are business days for the company's nation and closures.
import { resolveSettings, type PolicySettings } from './business-days';
import { formatDay, parseDay } from './london-time';

export { DEFAULT_BUSINESS_HOURS, type BusinessHours, type PolicySettings } from './business-days';
export { bankHolidays, NATIONS, isNation, type BankHoliday, type Nation } from './holidays';
export { londonDate } from './london-time';

/** Monday to Friday, except the nation's public and bank holidays and the company's closures. */
export function isBusinessDay(date: string, settings: PolicySettings): boolean {
  const { days } = resolveSettings(settings);
  return days.isBusinessDay(parseDay(date, 'Date'));
}

/**
 * The `days`th business day after `date` (before it when negative). Adding 0 returns `date`
 * itself, business day or not.
 */
export function addBusinessDays(date: string, days: number, settings: PolicySettings): string {
  if (!Number.isSafeInteger(days)) throw new Error(`Cannot add ${days} business days: give a whole number`);
  const { days: calendar } = resolveSettings(settings);
  return formatDay(calendar.add(parseDay(date, 'Date'), days));
}

/** The first business day after `date` (never `date` itself). */
export function nextBusinessDay(date: string, settings: PolicySettings): string {
  return addBusinessDays(date, 1, settings);
}

/**
 * Business days after `from` up to and including `to`: 2 means "in 2 business days". Negative when
 * `to` is before `from`: -3 means "overdue by 3".
 */
export function businessDaysBetween(from: string, to: string, settings: PolicySettings): number {
  const { days } = resolveSettings(settings);
  return days.between(parseDay(from, 'From date'), parseDay(to, 'To date'));
}
