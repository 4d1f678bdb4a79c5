// How the case pack writes dates, times and states for a reader outside the company: en-GB, London time.
import { EMPLOYEE_PLACEHOLDER, type ObligationState } from '../policy';

const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "yyyy-MM-dd" (or the date part of an instant) as "dd/MM/yyyy". */
export function packDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** An instant as London "dd/MM/yyyy HH:mm". */
export function packDateTime(instant: string): string {
  return LONDON_DATE_TIME.format(new Date(instant)).replace(',', '');
}

const PLACEHOLDER_AT_SENTENCE_START = new RegExp(`(^|[.!?]['"’”)]?\\s+|\\n\\s*)${EMPLOYEE_PLACEHOLDER}\\b`, 'g');
const CAPITALISED_PLACEHOLDER = `${EMPLOYEE_PLACEHOLDER.charAt(0).toUpperCase()}${EMPLOYEE_PLACEHOLDER.slice(1)}`;

/** "the employee" put where a name stood at the start of a sentence reads "The employee". */
export function sentencesStartCapital(text: string): string {
  return text.replace(PLACEHOLDER_AT_SENTENCE_START, (_m, before: string) => `${before}${CAPITALISED_PLACEHOLDER}`);
}

/** Whether a deadline was met, in the words the summary uses. */
export const deadlineStateWords: Record<ObligationState, string> = {
  met: 'Met',
  due: 'Not yet due',
  overdue: 'Overdue (not met)',
  missed: 'Missed',
  paused: 'Paused (on hold)',
  'not-applicable': 'Not needed',
};
