// The signed-in user's reminders: read at sign-in and again each morning (when London's date changes), with
// a desktop notification for each one not shown before today.
import { useEffect, useState } from 'react';
import { londonDate, type Reminder, type Viewer } from '../../../shared/policy';
import { db } from '../../store/desk';
import { listReminders } from '../../store/reminders';
import { showNotice } from '../../host/notifications';
import { useNow } from '../../ui/use-now';
import { reminderTitle, reminderWhen } from './reminder-words';

const NOTIFIED = (userId: string, day: string) => `complaints-desk:reminders-notified:${userId}:${day}`;

function alreadyNotified(userId: string, day: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(NOTIFIED(userId, day)) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

async function notify(reminders: readonly Reminder[], userId: string, day: string): Promise<void> {
  const shown = alreadyNotified(userId, day);
  for (const r of reminders.filter((x) => !shown.has(x.key))) {
    if (!(await showNotice({ key: r.key, title: reminderTitle(r), body: `${r.text}: ${reminderWhen(r)}`, caseId: r.caseId }))) return;
    shown.add(r.key);
  }
  localStorage.setItem(NOTIFIED(userId, day), JSON.stringify([...shown]));
}

export interface RemindersToday {
  /** London date the reminders are for; null while they are read. */
  day: string | null;
  reminders: Reminder[];
}

export function useReminders(viewer: Viewer, enabled: boolean): RemindersToday {
  const now = useNow();
  const today = londonDate(now);
  const [state, setState] = useState<RemindersToday>({ day: null, reminders: [] });
  const { userId, role } = viewer;
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const at = new Date().toISOString();
    void listReminders(db, { userId, role }, at).then((reminders) => {
      if (cancelled) return;
      setState({ day: today, reminders });
      void notify(reminders, userId, today);
    });
    return () => {
      cancelled = true;
    };
  }, [enabled, userId, role, today]);
  return state;
}
