// Turning what staff type into what the workflow's action schemas expect: London times, pence, absent optionals.
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { toDateTimeLocalValue } from '../en-gb-format';

const LONDON = 'Europe/London';
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local value ('2026-11-24T09:30', London wall-clock time) as an ISO instant in UTC. Blank gives
 * undefined (the action schema then says the field is required); anything unreadable is passed through unchanged
 * so the action schema names the field ("… must be a date and time").
 */
export function londonInputToInstant(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return text;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new TZDate(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, LONDON);
  // 31/11 rolls over to 01/12 in Date arithmetic: refuse dates that do not exist rather than move them.
  if (Number.isNaN(date.getTime()) || date.getDate() !== day || date.getMonth() !== (month ?? 1) - 1) return text;
  return new Date(date.getTime()).toISOString();
}

/** The datetime-local value for an instant, in London time: a form's default "now". */
export function instantToLondonInput(instant: string | Date): string {
  return toDateTimeLocalValue(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Blank (after trimming) becomes undefined: optional text and dates are absent rather than empty. */
export function blankToUndefined(value: string): string | undefined {
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** '£1,234.50', '1234.5' or '25' → pence; null when it is not an amount of pounds and pence. */
export function parsePounds(text: string): number | null {
  const cleaned = text.trim().replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [pounds = '0', pence = ''] = cleaned.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

/** Form fields as typed: every text and date field is a string the input holds. */
export const typedText = z.string();

/** A datetime-local field turned into the instant the action needs. */
export const londonDateTime = z.string().transform(londonInputToInstant);

/** An optional field: blank becomes absent. */
export const optionalInput = z.string().transform(blankToUndefined);

/** A pounds field as pence; the message names the field. Blank is allowed here and gives undefined. */
export function poundsInput(label: string) {
  return z.string().transform((value, ctx) => {
    if (value.trim() === '') return undefined;
    const pence = parsePounds(value);
    if (pence === null) {
      ctx.addIssue({ code: 'custom', message: `${label} must be in pounds and pence, like 25.00` });
      return z.NEVER;
    }
    return pence;
  });
}
