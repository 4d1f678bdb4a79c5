// How far back a complaint can have been received: not before the firm could have received it (a typo such as
// 01/01/1900 would otherwise start a clock that ran out a century ago). The future is receivedInFuture's.
import { londonDate } from './calendar';

/** How far back a received-at date may go unless the settings say otherwise. */
export const DEFAULT_RECEIVED_WITHIN_YEARS = 6;

/** Null when `receivedAt` is recent enough to be when the complaint arrived, otherwise why not, in staff's words. */
export function receivedTooLongAgo(receivedAt: string, now: string, withinYears: number = DEFAULT_RECEIVED_WITHIN_YEARS): string | null {
  const today = londonDate(now);
  const earliest = `${String(Number(today.slice(0, 4)) - withinYears).padStart(4, '0')}${today.slice(4)}`;
  if (londonDate(receivedAt) >= earliest) return null;
  const [year, month, day] = earliest.split('-');
  return `Date and time received cannot be before ${day}/${month}/${year}: this desk takes complaints received in the last ${withinYears} year${withinYears === 1 ? '' : 's'} (an administrator can change this in Settings). Check the date.`;
}
