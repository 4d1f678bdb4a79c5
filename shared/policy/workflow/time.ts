// Checks on the dates and times staff enter: nothing in the future, nothing before the complaint arrived.
import type { ComplaintCase } from '../../model';
import { londonDate } from '../calendar';
import type { ActionContext } from './rule';

export const ms = (instant: string): number => Date.parse(instant);

/** Problems with an instant staff entered, e.g. "Date the acknowledgement was sent cannot be in the future". */
export function checkInstant(label: string, instant: string, c: ComplaintCase, ctx: ActionContext, notBefore?: { instant: string; what: string }): string[] {
  const problems: string[] = [];
  if (ms(instant) > ms(ctx.now)) problems.push(`${label} cannot be in the future`);
  if (ms(instant) < ms(c.receivedAt)) problems.push(`${label} cannot be before the complaint was received`);
  else if (notBefore && ms(instant) < ms(notBefore.instant)) problems.push(`${label} cannot be before ${notBefore.what}`);
  return problems;
}

/** Problems with a date staff entered; `earliest` defaults to the London date the complaint was received. */
export function checkDay(label: string, day: string, c: ComplaintCase, ctx: ActionContext, earliest?: { day: string; what: string }): string[] {
  const problems: string[] = [];
  if (day > ctx.today) problems.push(`${label} cannot be in the future`);
  const floor = earliest ?? { day: londonDate(c.receivedAt), what: 'the complaint was received' };
  if (day < floor.day) problems.push(`${label} cannot be before ${floor.what}`);
  return problems;
}

export function notInFuture(label: string, day: string, ctx: ActionContext): string[] {
  return day > ctx.today ? [`${label} cannot be in the future`] : [];
}
