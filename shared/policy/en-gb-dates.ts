// How the desk writes a date or an instant for people: en-GB (dd/MM/yyyy), London time, whatever the browser's locale.

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
export function enGbDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** An instant as London "dd/MM/yyyy HH:mm". */
export function enGbDateTime(instant: string): string {
  return LONDON_DATE_TIME.format(new Date(instant)).replace(',', '');
}
