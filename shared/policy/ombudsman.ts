// The Energy Ombudsman's timetable: who may refer and from when, the window to refer, and the firm's deadlines once referred.
import { formatDay, londonDate, parseDay } from './london-time';
import { OMBUDSMAN_AFTER_CALENDAR_DAYS } from './clock-days';

/** Business size decides whether a business customer may use the Energy Ombudsman. */
export type BusinessSize = 'micro' | 'small' | 'other';

/** The settings of the Ombudsman's timetable; an administrator may change them. */
export interface OmbudsmanSettings {
  /** The window to refer closes this many months after the deadlock letter, or after the 8-week date without one. */
  referralWindowMonths: number;
  /** The firm's evidence is due this many calendar days after the Ombudsman asks for it. */
  evidenceDueCalendarDays: number;
}

/** Decision (REQUIREMENTS section 11): 12 months to refer; evidence due 14 calendar days after the request. */
export const DEFAULT_OMBUDSMAN_SETTINGS: Readonly<OmbudsmanSettings> = Object.freeze({ referralWindowMonths: 12, evidenceDueCalendarDays: 14 });

/** Micro and small businesses may use the scheme; larger businesses ('other') may not. */
export function sizeMayReferToOmbudsman(size: BusinessSize): boolean {
  return size === 'micro' || size === 'small';
}

export interface OmbudsmanFacts {
  /** When the customer first complained (ISO 8601 with offset): a reopening never moves it. */
  receivedAt: string;
  /** The first deadlock letter, in any life of the case; null when none was sent. */
  deadlockLetterSentAt: string | null;
  /** Unknown until staff record it. */
  businessSize: BusinessSize | null;
}

export type OmbudsmanStanding =
  /** The business is too large for the scheme: the customer is told so, and of their other routes. */
  | 'business-too-large'
  /** Not yet 8 weeks and no deadlock letter. */
  | 'not-yet'
  /** The customer may refer now. */
  | 'open'
  /** The window has closed. */
  | 'closed';

export interface OmbudsmanRights {
  /** 'yyyy-MM-dd': 8 weeks after receipt, or the deadlock letter's date when that is earlier. */
  eligibleFrom: string;
  openedBy: 'eight-weeks' | 'deadlock';
  /** 'yyyy-MM-dd', the last day the customer may refer. */
  windowClosesOn: string;
  /** What the window runs from: the deadlock letter when there is one, else the 8-week date. */
  windowFrom: 'deadlock' | 'eight-weeks';
  standing: OmbudsmanStanding;
  /** Whether the business size is recorded: an unknown size is shown as a gap to fill, eligibility as if eligible. */
  sizeKnown: boolean;
}

/** `months` calendar months after a 'yyyy-MM-dd' date; the 31st and 29 February fall back to the month's last day. */
export function addCalendarMonths(date: string, months: number): string {
  parseDay(date, 'Date');
  if (!Number.isSafeInteger(months)) throw new Error(`Cannot add ${months} months: give a whole number`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function addCalendarDays(date: string, days: number): string {
  return formatDay(parseDay(date, 'Date') + days);
}

/** The 8-week date: 56 calendar days after the London date the complaint was received. */
export function eightWeekDate(receivedAt: string): string {
  return addCalendarDays(londonDate(receivedAt), OMBUDSMAN_AFTER_CALENDAR_DAYS);
}

/**
 * The customer's Energy Ombudsman rights on London date `today`. Decision: eligible from 8 weeks after receipt or
 * the deadlock letter, whichever is first, for a micro or small business; the window closes `referralWindowMonths`
 * after the deadlock letter, or after the 8-week date where none was sent.
 */
export function ombudsmanRights(facts: OmbudsmanFacts, settings: OmbudsmanSettings, today: string): OmbudsmanRights {
  const eightWeeks = eightWeekDate(facts.receivedAt);
  const deadlock = facts.deadlockLetterSentAt === null ? null : londonDate(facts.deadlockLetterSentAt);
  const openedBy = deadlock !== null && deadlock < eightWeeks ? 'deadlock' : 'eight-weeks';
  const eligibleFrom = openedBy === 'deadlock' && deadlock !== null ? deadlock : eightWeeks;
  const windowFrom = deadlock !== null ? 'deadlock' : 'eight-weeks';
  const windowClosesOn = addCalendarMonths(deadlock ?? eightWeeks, settings.referralWindowMonths);
  parseDay(today, 'Today');
  const standing: OmbudsmanStanding =
    facts.businessSize !== null && !sizeMayReferToOmbudsman(facts.businessSize)
      ? 'business-too-large'
      : today < eligibleFrom
        ? 'not-yet'
        : today > windowClosesOn
          ? 'closed'
          : 'open';
  return { eligibleFrom, openedBy, windowClosesOn, windowFrom, standing, sizeKnown: facts.businessSize !== null };
}

/** The day the firm's evidence is due when the Ombudsman asks for it on `requestedOn`. */
export function ombudsmanEvidenceDueOn(requestedOn: string, settings: OmbudsmanSettings): string {
  return addCalendarDays(requestedOn, settings.evidenceDueCalendarDays);
}

export type OmbudsmanObligation = 'ombudsmanEvidence' | 'ombudsmanRemedy';

export const ombudsmanObligationLabels: Record<OmbudsmanObligation, string> = {
  ombudsmanEvidence: "Send the Ombudsman the firm's evidence",
  ombudsmanRemedy: "Carry out the Ombudsman's remedy",
};

export interface OmbudsmanDeadline {
  obligation: OmbudsmanObligation;
  /** met: done by the due date; missed: done late; due / overdue: not done yet, before / after the due date. */
  state: 'met' | 'missed' | 'due' | 'overdue';
  dueOn: string;
  doneOn: string | null;
}

export interface OmbudsmanDeadlineFacts {
  evidenceDueOn?: string | null;
  evidenceSentOn?: string | null;
  remedyDueOn?: string | null;
  remedyDoneOn?: string | null;
}

function ombudsmanDeadline(obligation: OmbudsmanObligation, dueOn: string, doneOn: string | null, today: string): OmbudsmanDeadline {
  parseDay(dueOn, 'Due date');
  if (doneOn !== null) return { obligation, state: parseDay(doneOn, 'Date done') <= parseDay(dueOn, 'Due date') ? 'met' : 'missed', dueOn, doneOn };
  return { obligation, state: today <= dueOn ? 'due' : 'overdue', dueOn, doneOn: null };
}

/** The firm's deadlines once a case is with the Ombudsman, each like any other deadline on the work list. */
export function ombudsmanDeadlines(facts: OmbudsmanDeadlineFacts, today: string): OmbudsmanDeadline[] {
  const out: OmbudsmanDeadline[] = [];
  if (facts.evidenceDueOn) out.push(ombudsmanDeadline('ombudsmanEvidence', facts.evidenceDueOn, facts.evidenceSentOn ?? null, today));
  if (facts.remedyDueOn) out.push(ombudsmanDeadline('ombudsmanRemedy', facts.remedyDueOn, facts.remedyDoneOn ?? null, today));
  return out;
}

/** The earliest Ombudsman deadline still to act on (due or overdue), or null. */
export function nextOmbudsmanDeadline(deadlines: readonly OmbudsmanDeadline[]): OmbudsmanDeadline | null {
  let next: OmbudsmanDeadline | null = null;
  for (const d of deadlines) if ((d.state === 'due' || d.state === 'overdue') && (next === null || d.dueOn < next.dueOn)) next = d;
  return next;
}
