// The New complaint screen (Alt+N from anywhere): brings back this person's draft, then shows the intake form.
import { useCallback, useMemo } from 'react';
import { Alert, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { formatDateTime } from '../../ui/en-gb-format';
import { newComplaint } from '../../ui/navigation';
import { useSession } from '../../session/session';
import { IntakeForm } from './IntakeForm';
import { emptyIntake, NEW_COMPLAINT_FORM } from './intake-values';
import { useDraftLoad } from './use-intake-draft';

export function NewComplaintScreen() {
  const { actor } = useSession();
  const draftKey = useMemo(() => ({ userId: actor.userId, form: NEW_COMPLAINT_FORM }), [actor.userId]);
  const blank = useCallback(() => emptyIntake(actor.userId, new Date()), [actor.userId]);
  const draft = useDraftLoad(draftKey, blank);

  return (
    <Paper component="section" aria-labelledby="new-complaint-heading" sx={{ p: 3 }}>
      <Stack direction="row" spacing={2} alignItems="baseline" sx={{ mb: 2 }}>
        <Typography id="new-complaint-heading" variant="h5" component="h1">
          New complaint
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Shortcut: {newComplaint.shortcut}, from any screen
        </Typography>
      </Stack>
      {draft.status === 'loading' ? (
        <Stack direction="row" spacing={1} alignItems="center" role="status">
          <CircularProgress size={20} aria-hidden />
          <Typography>Looking for your unsaved draft…</Typography>
        </Stack>
      ) : (
        <Stack spacing={2}>
          {draft.restoredFrom && (
            <Alert severity="info" role="status">
              Your unsaved complaint from {formatDateTime(draft.restoredFrom)} is back, as you left it.
            </Alert>
          )}
          {draft.problem && <Alert severity="warning">{draft.problem}</Alert>}
          <IntakeForm key={draftKey.userId} draftKey={draftKey} initial={draft.values} initialFiles={draft.files} />
        </Stack>
      )}
    </Paper>
  );
}
