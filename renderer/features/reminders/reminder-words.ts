// How a reminder reads: its case and what is due, when, in en-GB dates.
import type { Reminder, ReminderUrgency } from '../../../shared/policy';
import { formatDate } from '../../ui/en-gb-format';

export const urgencyHeadings: Record<ReminderUrgency, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'breaching-soon': 'Breaching within 2 business days',
};

export function reminderWhen(r: Reminder): string {
  if (r.kind === 'hold-ended') return `expected to end ${formatDate(r.on)}`;
  if (r.kind === 'unassigned') return `received ${formatDate(r.on)}`;
  if (r.urgency === 'overdue') return `was due ${formatDate(r.on)}`;
  if (r.urgency === 'due-today') return `due today, ${formatDate(r.on)}`;
  return `due ${formatDate(r.on)}`;
}

export function reminderTitle(r: Reminder): string {
  return `${r.reference}: ${urgencyHeadings[r.urgency].toLowerCase()}`;
}
