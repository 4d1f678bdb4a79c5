// Reading dates as staff type them (dd/MM/yyyy), whatever language the browser's own date picker would use.
import { format, isValid, parse } from 'date-fns';

/** '29/12/2026' → '2026-12-29'; null for a two-digit year or anything that is not a real calendar date. */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  const date = parse(trimmed, 'd/M/yyyy', new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}
