// How the case pack writes dates, times and states for a reader outside the company: en-GB, London time.
import type { ObligationState } from '../policy';

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

/** Whether a deadline was met, in the words the summary uses. */
export const deadlineStateWords: Record<ObligationState, string> = {
  met: 'Met',
  due: 'Not yet due',
  overdue: 'Overdue (not met)',
  missed: 'Missed',
  paused: 'Paused (on hold)',
  'not-applicable': 'Not needed',
};
