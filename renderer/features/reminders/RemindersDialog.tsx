// The summary of the user's own deadlines shown at sign-in and each morning: overdue, due today and breaching
// within 2 business days, each line opening its case.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
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
    <Dialog open onClose={close} aria-labelledby="reminders-title" maxWidth="sm" fullWidth>
      <DialogTitle id="reminders-title">Your deadlines</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {summary.overdue} overdue, {summary.dueToday} due today, {summary.breachingSoon} breaching within 2 business days.
        </DialogContentText>
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
      </DialogContent>
      <DialogActions>
        <Button onClick={close} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
