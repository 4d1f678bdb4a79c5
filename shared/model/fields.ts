// Field schemas the case model is built from, each with a message that names the field in plain words.
import { z } from 'zod';

export interface TextOptions {
  /** Longest text accepted, in characters. */
  max?: number;
  /** Message when the field is missing or blank, if "<label> is required" does not read well. */
  required?: string;
}

export function requiredText(label: string, options: TextOptions = {}) {
  const max = options.max ?? 2000;
  const required = options.required ?? `${label} is required`;
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `${label} must be at most ${max} characters`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .optional();
}

/** A list the record always holds (possibly empty). */
export function listOf<T extends z.ZodType>(item: T, label: string) {
  return z.array(item, { error: `${label} must be a list` });
}

/** A calendar date 'yyyy-MM-dd' (Europe/London), e.g. a due date or the day a request was made. */
export function isoDate(label: string, required?: string) {
  return z.iso.date({
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? (required ?? `${label} is required`)
        : `${label} must be a date like 2026-11-23`,
  });
}

/** An ISO 8601 instant with its offset, e.g. '2026-11-23T10:00:00.000Z'. */
export function instant(label: string, required?: string) {
  return z.iso.datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? (required ?? `${label} is required`)
        : `${label} must be a date and time`,
  });
}

export function entityId(label: string, required?: string) {
  const message = required ?? `${label} is required`;
  return z.string({ error: message }).min(1, message).max(100, `${label} must be at most 100 characters`);
}

/** Money is integer pence; every amount the case records is more than nothing. */
export function pence(label: string) {
  return z
    .number({ error: `${label} is required` })
    .int(`${label} must be a whole number of pence`)
    .positive(`${label} must be more than £0.00`)
    .max(100_000_000, `${label} must be at most £1,000,000.00`);
}

/** An email that may be left blank ('' means none). */
export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'Email must be at most 200 characters')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Email must be a valid email address');

export const sha256Hex = z
  .string({ error: 'File fingerprint (SHA-256) is required' })
  .regex(/^[0-9a-f]{64}$/, 'File fingerprint (SHA-256) must be 64 lower-case hexadecimal characters');

/** Formats integer pence as pounds for messages and letters, e.g. 12345 → "£123.45". */
export function formatPence(amountPence: number): string {
  const sign = amountPence < 0 ? '-' : '';
  const abs = Math.abs(amountPence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}
