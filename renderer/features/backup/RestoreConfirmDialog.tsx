// Shows what a backup holds and asks to confirm before it replaces the desk; asks for its passphrase unless the desk key sealed it.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import type { BackupHeader } from '../../../shared/backup/backup-header';
import { formatDateTime } from '../../ui/en-gb-format';
import { BusyButton } from '../../ui/BusyButton';
import type { ShownProgress } from './backup-progress';
import { ProgressLine } from './ProgressLine';
import { readJoinedServer } from '../../store/sync/joined';

export interface RestoreConfirmDialogProps {
  fileName: string;
  header: BackupHeader;
  busy: boolean;
  progress: ShownProgress | null;
  problem: string | null;
  onConfirm(passphrase: string | undefined): void;
  onCancel(): void;
}

export function RestoreConfirmDialog({ fileName, header, busy, progress, problem, onConfirm, onCancel }: RestoreConfirmDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  // An automatic backup is opened with the desk backup key the desktop app keeps; every other backup with a passphrase.
  const encrypted = header.encryption?.keySource !== 'desk-key';
  const { contents } = header;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (encrypted && !passphrase) return setMissing(true);
    onConfirm(encrypted ? passphrase : undefined);
  };
  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby="restore-dialog-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="restore-dialog-title">Restore this backup?</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText component="div">
              <strong>{fileName}</strong>, made on {formatDateTime(header.createdAt)}, holds {contents.cases.toLocaleString('en-GB')} cases,{' '}
              {contents.customers.toLocaleString('en-GB')} customers and {contents.attachments.toLocaleString('en-GB')} files
              {encrypted ? '; it is encrypted with a passphrase.' : '; it is an automatic backup, encrypted with this computer’s desk backup key.'}
            </DialogContentText>
            <Alert severity="warning" role="note">
              Restoring replaces everything on this desk with the backup: cases recorded or changed since it was made will no longer be on the desk.
              Staff accounts stay exactly as they are now (no account deactivated since comes back, no role changes), and customers anonymised
              since stay anonymised. The whole file is checked first; if anything is wrong, nothing is changed.
            </Alert>
            {readJoinedServer() && (
              <Alert severity="warning" role="note">
                This desk is joined to the office server, which holds the team’s cases. The restored desk sends nothing from the backup to the
                server: changes that were waiting to be sent when it was made are dropped, and the team’s current cases are fetched again.
              </Alert>
            )}
            {encrypted && (
              <TextField
                label="Backup passphrase"
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  setMissing(false);
                }}
                error={missing}
                helperText={missing ? 'Enter the passphrase the backup was made with' : 'The passphrase given when the backup was made'}
                disabled={busy}
                autoFocus
              />
            )}
            <ProgressLine progress={progress} />
            {problem && <Alert severity="error">{problem}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} label="Replace the desk with this backup" busyLabel="Restoring…" color="warning" />
        </DialogActions>
      </form>
    </Dialog>
  );
}
