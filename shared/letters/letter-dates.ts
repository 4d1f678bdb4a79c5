// How letters print dates: en-GB dd/MM/yyyy, the London date of an instant.
import { londonDate } from '../policy';

/** '2026-11-23' or an instant → '23/11/2026' (an instant is read as its Europe/London date). */
export function letterDate(dateOrInstant: string): string {
  const day = dateOrInstant.length > 10 ? londonDate(dateOrInstant) : dateOrInstant;
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
