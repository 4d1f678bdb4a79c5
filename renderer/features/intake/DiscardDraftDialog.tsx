// Asks before throwing away what was typed into the New complaint form (the draft and its files).
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';

export function DiscardDraftDialog({ open, onCancel, onDiscard }: { open: boolean; onCancel(): void; onDiscard(): void }) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Discard this complaint?</DialogTitle>
      <DialogContent>
        <DialogContentText>Everything typed into the form, and any files dropped on it, will be thrown away. Nothing has been recorded yet.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Keep typing
        </Button>
        <Button color="error" onClick={onDiscard}>
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  );
}
