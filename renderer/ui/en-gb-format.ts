// How dates, times and money are shown to staff: en-GB (dd/MM/yyyy), Europe/London, pounds sterling.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

const LONDON = 'Europe/London';

export { enGbDate as formatDate, enGbDateTime as formatDateTime } from '../../shared/policy/en-gb-dates';

export { formatPence } from '../../shared/model/fields';

/** The value a datetime-local input shows for an instant, in London time. */
export function toDateTimeLocalValue(instant: Date): string {
  return format(new TZDate(instant, LONDON), "yyyy-MM-dd'T'HH:mm");
}
