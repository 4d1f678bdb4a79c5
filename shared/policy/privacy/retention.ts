// How long a finished case is kept: when it ended, and the first day it may be anonymised, given the years set.
import { z } from 'zod';
import type { ComplaintCase } from '../../model';
import { londonDate } from '../calendar';

export const DEFAULT_RETENTION_YEARS = 6;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 50;

const range = `from ${MIN_RETENTION_YEARS} to ${MAX_RETENTION_YEARS}`;
export const retentionYears = z
  .number({ error: `Retention period must be a number of years ${range}` })
  .int(`Retention period must be a whole number of years ${range}`)
  .min(MIN_RETENTION_YEARS, `Retention period must be a number of years ${range}`)
  .max(MAX_RETENTION_YEARS, `Retention period must be a number of years ${range}`);

const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

/**
 * The London date a case ended, or null while it is still live. A case ends when it is closed, resolved at first
 * contact or withdrawn; an enquiry (never worked as a complaint) ends when it was recorded as one. Decision: an
 * escalation or Ombudsman referral still in progress keeps the case live, and its decision (or the completion of
 * the Ombudsman's remedy) moves the end to that date, so the retention runs from the last thing that happened.
 */
export function caseEndedOn(c: ComplaintCase): string | null {
  let ended: string | undefined;
  if (c.stage === 'closed') ended = c.closeRecord && londonDate(c.closeRecord.closedAt);
  else if (c.stage === 'resolved-at-first-contact') ended = c.firstContactResolution && londonDate(c.firstContactResolution.resolvedAt);
  else if (c.stage === 'withdrawn') ended = c.withdrawal && londonDate(c.withdrawal.withdrawnAt);
  else if (c.kind === 'enquiry') ended = c.enquiry && londonDate(c.enquiry.recordedAt);
  if (ended === undefined) return null;
  if (c.escalation) {
    if (!c.escalation.outcome) return null;
    ended = later(ended, londonDate(c.escalation.outcome.sentAt));
  }
  if (c.ombudsman) {
    const decision = c.ombudsman.decision;
    if (!decision) return null;
    if (decision.remedies.length > 0 && !c.ombudsman.remedyCompletedOn) return null;
    ended = later(later(ended, decision.decidedOn), c.ombudsman.remedyCompletedOn);
  }
  return ended;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The first day a case that ended on `endedOn` may be anonymised: the same day `years` later, when the case has
 * been kept for the whole period. Decision: a case that ended on 29 February is kept to the end of 28 February
 * in a year without one, so it may be anonymised from 1 March.
 */
export function anonymiseFrom(endedOn: string, years: number): string {
  const [y, m, d] = endedOn.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type RetentionStatus =
  | { status: 'live' }
  | { status: 'kept'; endedOn: string; anonymiseFrom: string }
  | { status: 'past-retention'; endedOn: string; anonymiseFrom: string };

/** Where a case stands against the retention period at `now`. */
export function retentionStatus(c: ComplaintCase, years: number, now: string): RetentionStatus {
  const endedOn = caseEndedOn(c);
  if (endedOn === null) return { status: 'live' };
  const from = anonymiseFrom(endedOn, years);
  return { status: londonDate(now) >= from ? 'past-retention' : 'kept', endedOn, anonymiseFrom: from };
}

/**
 * The latest instant a case's end can have been recorded at and still be past retention at `now`, with a day
 * to spare for London time and 29 February: the store reads index ranges up to it, then checks each case exactly.
 */
export function retentionSearchLimit(now: string, years: number): string {
  const today = londonDate(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y - years, m - 1, d + 2));
  return limit.toISOString();
}
