// What to remind a member of staff of, from the policy's own deadlines: acknowledgements and resolutions due today,
// breaching soon or overdue, holds whose last day has passed, Ombudsman remedies coming due, and (for complaints
// managers) cases still without an investigator after a set number of days.
import type { ComplaintCase } from '../model';
import type { PolicySettings } from './business-days';
import type { DeadlineStatus, ObligationStatus } from './case-status';
import { parseDay } from './london-time';
import { dueWindowOf } from './work-list';

export type ReminderUrgency = 'overdue' | 'due-today' | 'breaching-soon';
export type ReminderKind = 'acknowledge' | 'resolve' | 'delayNotice' | 'eightWeekLetter' | 'hold-ended' | 'ombudsman-remedy' | 'unassigned';

export interface Reminder {
  /** The same reminder on the same day has the same key: a notification is shown once. */
  key: string;
  caseId: string;
  reference: string;
  kind: ReminderKind;
  urgency: ReminderUrgency;
  /** 'yyyy-MM-dd' the thing is due, ended, or (unassigned) was received. */
  on: string;
  /** What to do ("Acknowledge the complaint"); the screen adds when. */
  text: string;
}

/** Decision: a complaints manager is told of cases with no investigator this many calendar days after receipt (a setting). */
export const DEFAULT_UNASSIGNED_REMINDER_DAYS = 3;
export const MIN_UNASSIGNED_REMINDER_DAYS = 1;
export const MAX_UNASSIGNED_REMINDER_DAYS = 365;

const TASKS: Record<'acknowledge' | 'resolve' | 'delayNotice' | 'eightWeekLetter', string> = {
  acknowledge: 'Acknowledge the complaint',
  resolve: 'Send the final response',
  delayNotice: 'Send the delay notice',
  eightWeekLetter: 'Send the 8-week letter',
};

/** Overdue, due today or breaching soon on London date `today`, by the work list's own windows; null otherwise. */
export function urgencyOf(dueOn: string, today: string, settings: PolicySettings): ReminderUrgency | null {
  for (const urgency of ['overdue', 'due-today', 'breaching-soon'] as const) {
    const { from, to } = dueWindowOf(urgency, today, settings);
    if ((from === null || dueOn >= from) && (to === null || dueOn <= to)) return urgency;
  }
  return null;
}

function obligationReminder(c: ComplaintCase, o: ObligationStatus, today: string, settings: PolicySettings): Reminder | null {
  if (o.obligation === 'ombudsmanEligibility' || o.dueOn === null || (o.state !== 'due' && o.state !== 'overdue')) return null;
  const urgency = urgencyOf(o.dueOn, today, settings);
  if (!urgency) return null;
  return { key: `${c.id}:${o.obligation}:${o.dueOn}:${urgency}`, caseId: c.id, reference: c.reference, kind: o.obligation, urgency, on: o.dueOn, text: TASKS[o.obligation] };
}

/** Every reminder one case gives on London date `today`, from its deadline status at that moment. */
export function caseReminders(c: ComplaintCase, status: DeadlineStatus, today: string, settings: PolicySettings): Reminder[] {
  const reminders: Reminder[] = [];
  for (const o of [status.acknowledge, status.resolve, status.delayNotice, status.eightWeekLetter]) {
    const r = obligationReminder(c, o, today, settings);
    if (r) reminders.push(r);
  }
  // A hold still open after the last day the agency expected: release it (the resolve-by clock runs again) or ask.
  for (const hold of c.holds) {
    if (!hold.to && hold.expectedTo && hold.expectedTo < today) {
      reminders.push({ key: `${c.id}:hold:${hold.id}:${today}`, caseId: c.id, reference: c.reference, kind: 'hold-ended', urgency: 'overdue', on: hold.expectedTo, text: `The hold by ${hold.agency} was expected to end: release it, or ask the agency` });
    }
  }
  const remedyDue = c.ombudsman?.decision?.remedyDueOn;
  if (remedyDue && !c.ombudsman?.remedyCompletedOn) {
    const urgency = urgencyOf(remedyDue, today, settings);
    if (urgency) reminders.push({ key: `${c.id}:remedy:${remedyDue}:${urgency}`, caseId: c.id, reference: c.reference, kind: 'ombudsman-remedy', urgency, on: remedyDue, text: "Complete the Ombudsman's remedy" });
  }
  return reminders;
}

/** A complaints manager's reminder for an open case with no investigator `days` calendar days after it was received. */
export function unassignedReminder(c: Pick<ComplaintCase, 'id' | 'reference' | 'investigatorId' | 'kind'>, receivedOn: string, today: string, days: number): Reminder | null {
  if (c.investigatorId || c.kind !== 'complaint') return null;
  const waited = parseDay(today, 'Today') - parseDay(receivedOn, 'Date received');
  if (waited < days) return null;
  return { key: `${c.id}:unassigned:${today}`, caseId: c.id, reference: c.reference, kind: 'unassigned', urgency: 'overdue', on: receivedOn, text: `Assign an investigator: none ${waited} days after it was received` };
}

export interface ReminderSummary {
  overdue: number;
  dueToday: number;
  breachingSoon: number;
}

export function reminderSummary(reminders: readonly Reminder[]): ReminderSummary {
  const count = (u: ReminderUrgency) => reminders.filter((r) => r.urgency === u).length;
  return { overdue: count('overdue'), dueToday: count('due-today'), breachingSoon: count('breaching-soon') };
}
