// "Switch back to the desk from before the restore": the last restore undone, the restored desk kept to switch again.
import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { readDeskPointer, switchToPreviousDesk } from '../../store/backup/active-desk';

/** The databases this origin holds; undefined where the browser cannot list them (the button is then not offered). */
async function databaseNames(): Promise<string[] | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  return (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

/** The databases on this computer when there is a desk from before a restore to switch back to, else null. */
export function useDeskBeforeRestore(): string[] | null {
  const [existing, setExisting] = useState<string[] | undefined>();
  useEffect(() => {
    void databaseNames().then(setExisting);
  }, []);
  const { previous } = readDeskPointer(window.localStorage);
  return previous && existing?.includes(previous) ? existing : null;
}

export function SwitchBackForm({ existing }: { existing: string[] }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const switchBack = () => {
    const next = switchToPreviousDesk(window.localStorage, existing);
    if (!next) return setProblem('The desk from before the restore is no longer on this computer. Nothing was changed.');
    window.location.reload();
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 520 }} aria-labelledby="switch-back-heading" component="section">
      <Typography id="switch-back-heading" variant="subtitle1" component="h3">
        Undo the last restore
      </Typography>
      <Typography variant="body2">The desk as it was before the last restore is kept on this computer until the next restore.</Typography>
      <Stack direction="row">
        <Button variant="outlined" onClick={() => setConfirming(true)} aria-haspopup="dialog">
          Switch back to the desk from before the restore…
        </Button>
      </Stack>
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      {confirming && (
        <Dialog open onClose={() => setConfirming(false)} aria-labelledby="switch-back-title">
          <DialogTitle id="switch-back-title">Switch back to the desk from before the restore?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              The desk reopens as it was before the last restore. Anything recorded since the restore stays in the restored desk, and you can switch to it
              again here. Everyone signs in again.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button variant="contained" onClick={switchBack}>
              Switch back
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
}
