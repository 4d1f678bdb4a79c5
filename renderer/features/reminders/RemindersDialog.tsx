// The summary of the user's own deadlines shown at sign-in and each morning (a corner panel, not a modal): overdue, due today and breaching
// within 2 business days, each line opening its case.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Link, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { reminderSummary, type ReminderUrgency } from '../../../shared/policy';
import type { Viewer } from '../../../shared/policy';
import { reminderWhen, urgencyHeadings } from './reminder-words';
import { useReminders } from './use-reminders';

const ORDER: readonly ReminderUrgency[] = ['overdue', 'due-today', 'breaching-soon'];

export function RemindersDialog({ viewer, enabled }: { viewer: Viewer; enabled: boolean }) {
  const { day, reminders } = useReminders(viewer, enabled);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  if (!day || closedFor === day || reminders.length === 0) return null;
  const summary = reminderSummary(reminders);
  const close = () => setClosedFor(day);
  return (
    // Not modal: it sits in a corner so the work behind it can go on, and closes until tomorrow. It stays under any
    // modal dialog (a restore in another window, an action form), so it never covers their buttons.
    <Paper component="aside" role="region" aria-labelledby="reminders-title" elevation={8} sx={{ position: 'fixed', right: 16, bottom: 16, width: 420, maxWidth: 'calc(100vw - 32px)', maxHeight: '60vh', overflow: 'auto', p: 2, zIndex: (theme) => theme.zIndex.modal - 1 }}>
      <Typography id="reminders-title" variant="h6" component="h2">
        Your deadlines
      </Typography>
      <Typography variant="body2">
          {summary.overdue} overdue, {summary.dueToday} due today, {summary.breachingSoon} breaching within 2 business days.
      </Typography>
        {ORDER.map((urgency) => {
          const group = reminders.filter((r) => r.urgency === urgency);
          if (group.length === 0) return null;
          return (
            <section key={urgency} aria-labelledby={`reminders-${urgency}`}>
              <Typography id={`reminders-${urgency}`} variant="subtitle1" component="h3" sx={{ mt: 2 }}>
                {urgencyHeadings[urgency]}
              </Typography>
              <List dense aria-labelledby={`reminders-${urgency}`}>
                {group.map((r) => (
                  <ListItem key={r.key} disableGutters>
                    <ListItemText
                      primary={
                        <Link component={RouterLink} to={`/cases/${r.caseId}`} onClick={close}>
                          {r.reference}
                        </Link>
                      }
                      secondary={`${r.text}: ${reminderWhen(r)}`}
                    />
                  </ListItem>
                ))}
              </List>
            </section>
          );
        })}
      <Stack direction="row" justifyContent="flex-end">
        <Button onClick={close}>Close until tomorrow</Button>
      </Stack>
    </Paper>
  );
}
