// What happened to a file dropped on New complaint: being read, filled in, refused, or a reply to offer on its case.
import { Alert, AlertTitle, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { EmailPlan, IncomingState } from './use-incoming-file';

export interface IncomingFileNoticeProps {
  state: IncomingState;
  problem: string | null;
  onAddToCase(plan: EmailPlan): void;
  onNewComplaint(plan: EmailPlan): void;
  onDismiss(): void;
}

export function IncomingFileNotice({ state, problem, onAddToCase, onNewComplaint, onDismiss }: IncomingFileNoticeProps) {
  return (
    <Stack spacing={1}>
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      {state.step === 'reading' && (
        <Stack direction="row" spacing={1} alignItems="center" role="status">
          <CircularProgress size={20} aria-hidden />
          <Typography>Reading "{state.name}"…</Typography>
        </Stack>
      )}
      {state.step === 'filled' && (
        <Alert severity="info" role="status" onClose={onDismiss}>
          {state.note}
        </Alert>
      )}
      {state.step === 'reply' && state.plan.thread && (
        <Alert severity="info" role="region" aria-label="Reply on an existing case">
          <AlertTitle>This email continues case {state.plan.thread.reference}</AlertTitle>
          {state.plan.thread.foundBy === 'thread' ? 'It replies to an email kept on that case.' : 'Its subject names that case.'} Add it to the case as a later
          contact (the email and its files are kept there), or record it as a new complaint.
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant="contained" onClick={() => onAddToCase(state.plan)}>
              Add to {state.plan.thread.reference}
            </Button>
            <Button onClick={() => onNewComplaint(state.plan)}>Record as a new complaint</Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
