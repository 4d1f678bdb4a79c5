// The line under a settings form saying it was saved, or why not; announced to screen readers.
import { Alert } from '@mui/material';

export type SaveState = { saved: true; text: string } | { saved: false; text: string } | null;

export function SavedNote({ state }: { state: SaveState }) {
  if (!state) return null;
  return (
    <Alert severity={state.saved ? 'success' : 'error'} role={state.saved ? 'status' : 'alert'}>
      {state.text}
    </Alert>
  );
}
