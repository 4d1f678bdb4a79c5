// Why an action cannot be taken now, in the policy's words, with a way back to the page.
import { useId } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { RefusalAlert } from './RefusalAlert';

export interface RefusalDialogProps {
  label: string;
  missing: readonly string[];
  onClose(): void;
}

export function RefusalDialog({ label, missing, onClose }: RefusalDialogProps) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{label}: not possible yet</DialogTitle>
      <DialogContent>
        <RefusalAlert title="Why it cannot be done yet" missing={missing} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
