// Shown over everything when another window restores a backup: this window's desk is no longer the desk.
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { db } from '../../store/desk';
import { onDeskReplaced } from '../../store/backup/desk-replaced';

export function DeskReplacedNotice() {
  const [replaced, setReplaced] = useState(false);
  useEffect(
    () =>
      onDeskReplaced(window, db.name, () => {
        // Nothing more is read from or written to the old desk, even by a screen that tries.
        db.close({ disableAutoOpen: true });
        setReplaced(true);
      }),
    [],
  );
  if (!replaced) return null;
  return (
    <Dialog open aria-labelledby="desk-replaced-title" aria-describedby="desk-replaced-text" disableEscapeKeyDown>
      <DialogTitle id="desk-replaced-title">The desk was restored in another window</DialogTitle>
      <DialogContent>
        <DialogContentText id="desk-replaced-text">
          A backup was restored in another Complaints Desk window, so this window no longer shows the desk and has stopped saving. Anything not yet
          saved here was not kept. Reload to carry on with the restored desk.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" autoFocus onClick={() => window.location.reload()}>
          Reload
        </Button>
      </DialogActions>
    </Dialog>
  );
}
