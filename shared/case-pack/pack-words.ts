// How the case pack writes dates, times and states for a reader outside the company: en-GB, London time.
import { EMPLOYEE_PLACEHOLDER, type ObligationState } from '../policy';

/** Dates in the pack are the desk's en-GB dates: "dd/MM/yyyy", and instants as London "dd/MM/yyyy HH:mm". */
export { enGbDate as packDate, enGbDateTime as packDateTime } from '../policy/en-gb-dates';

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
