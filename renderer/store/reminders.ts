// A member of staff's reminders: their own open cases (and, for a complaints manager, cases left without an
// investigator), read through the viewer-filtered work queue so nothing they may not see is ever counted.
import type { ComplaintCase } from '../../shared/model';
import {
  caseDeadlines,
  caseReminders,
  londonDate,
  MAX_UNASSIGNED_REMINDER_DAYS,
  MIN_UNASSIGNED_REMINDER_DAYS,
  unassignedReminder,
  type Reminder,
  type Viewer,
} from '../../shared/policy';
import { accessTo } from './case-views';
import type { ComplaintsDatabase } from './db';
import { loadPolicySettings } from './settings/policy-calendar';
import { SETTINGS } from './settings/registry';
import { readSetting, writeSetting } from './settings/setting';
import type { WorkQueueFilter } from './queries/plan';
import { listWorkQueue } from './work-queue';

/** Enough for any one person's open cases; the reminder dialog lists them all. */
const MOST_CASES = 2000;
const PAGE = 200;

async function visibleCases(db: ComplaintsDatabase, filter: WorkQueueFilter, viewer: Viewer, now: string): Promise<ComplaintCase[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page = await listWorkQueue(db, filter, viewer, now, { limit: PAGE, after });
    ids.push(...page.items.map((i) => i.caseId));
    after = page.next;
  } while (after !== null && ids.length < MOST_CASES);
  const cases = await db.cases.bulkGet(ids);
  // The work queue already filters by viewer; the case itself is checked again before anything is said of it.
  return cases.flatMap((c) => {
    const access = accessTo(c, viewer);
    return access.status === 'open' ? [access.case] : [];
  });
}

export async function loadUnassignedReminderDays(db: ComplaintsDatabase): Promise<number> {
  return (await readSetting(db, SETTINGS.reminders)).unassignedDays;
}

function isUnassignedReminderDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_UNASSIGNED_REMINDER_DAYS && days <= MAX_UNASSIGNED_REMINDER_DAYS;
}

export async function saveUnassignedReminderDays(db: ComplaintsDatabase, days: number): Promise<void> {
  if (!isUnassignedReminderDays(days)) throw new Error(`Days without an investigator must be a whole number from ${MIN_UNASSIGNED_REMINDER_DAYS} to ${MAX_UNASSIGNED_REMINDER_DAYS}`);
  await writeSetting(db, SETTINGS.reminders, { unassignedDays: days });
}

/** Every reminder for `viewer` at `now`, most urgent first (overdue, due today, breaching soon), then by date. */
export async function listReminders(db: ComplaintsDatabase, viewer: Viewer, now: string): Promise<Reminder[]> {
  const [settings, days] = await Promise.all([loadPolicySettings(db), loadUnassignedReminderDays(db)]);
  const today = londonDate(now);
  const mine = await visibleCases(db, { mine: viewer.userId }, viewer, now);
  const reminders = mine.flatMap((c) => caseReminders(c, caseDeadlines(c, settings, now), today, settings));
  if (viewer.role === 'complaints-manager') {
    const unassigned = await visibleCases(db, { assigneeId: null }, viewer, now);
    for (const c of unassigned) {
      const r = unassignedReminder(c, londonDate(c.receivedAt), today, days);
      if (r) reminders.push(r);
    }
  }
  const order = { overdue: 0, 'due-today': 1, 'breaching-soon': 2 } as const;
  return reminders.sort((a, b) => order[a.urgency] - order[b.urgency] || a.on.localeCompare(b.on) || a.reference.localeCompare(b.reference));
}
