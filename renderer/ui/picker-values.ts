// The strings forms hold for dates (yyyy-MM-dd, London yyyy-MM-ddTHH:mm, or dd/MM/yyyy) and the Date a picker shows.
import { format, isValid, parse } from 'date-fns';

/** How the form stores the date: ISO calendar date, London wall-clock date and time, or en-GB text. */
export type PickerValueFormat = 'date' | 'date-time' | 'en-GB-date';

const PATTERNS: Record<PickerValueFormat, string> = { date: 'yyyy-MM-dd', 'date-time': "yyyy-MM-dd'T'HH:mm", 'en-GB-date': 'dd/MM/yyyy' };

/** Written to the form when the typed date is not a real one, so its schema refuses it. */
export const NOT_A_DATE = 'not-a-date';

/**
 * The picker's Date for a stored value: the same wall-clock fields in the browser's zone (the stored value is
 * London time already, and the picker only shows and edits fields, so no zone arithmetic happens here).
 */
export function pickerDate(value: string, kind: PickerValueFormat): Date | null {
  const text = value.trim();
  if (text === '') return null;
  const date = parse(text.length > 16 && kind === 'date-time' ? text.slice(0, 16) : text, PATTERNS[kind], new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

/** The stored value for what the picker holds: '' when empty, NOT_A_DATE while the typing is not a real date. */
export function pickerText(date: Date | null, kind: PickerValueFormat): string {
  if (date === null) return '';
  if (!isValid(date) || date.getFullYear() < 1000) return NOT_A_DATE;
  return format(date, PATTERNS[kind]);
}
