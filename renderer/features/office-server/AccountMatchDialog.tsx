// The administrator matches the desk's accounts to the office server's before the desk's own cases are uploaded:
// every account a case names must be matched, so the named employee is screened and every actor is somebody.
import { useState } from 'react';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { roleLabels } from '../../../shared/model';
import { chooseAccount, unmatchedNamed, type AccountMatchRow, type ServerAccount } from '../../store/sync/desk-upload/match-accounts';

const NONE = '';

export interface AccountMatchDialogProps {
  rows: AccountMatchRow[];
  /** Every account on the office server. */
  server: ServerAccount[];
  cases: number;
  busy: boolean;
  onCancel(): void;
  onConfirm(rows: AccountMatchRow[]): void;
}

export function AccountMatchDialog({ rows: initial, server: servers, cases, busy, onCancel, onConfirm }: AccountMatchDialogProps) {
  const [rows, setRows] = useState(initial);
  const missing = unmatchedNamed(rows);
  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby="account-match-title" maxWidth="md" fullWidth>
      <DialogTitle id="account-match-title">Match this desk’s accounts to the office server’s</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          This desk’s {cases} cases are uploaded once, with each account below replaced by its account on the office server. Accounts
          named in a case (who recorded or investigates it, an employee a complaint is about, anyone on its timeline) must be matched.
          The upload runs when a complaints manager next signs in at this desk.
        </DialogContentText>
        <Table size="small" aria-label="Accounts on this desk">
          <TableHead>
            <TableRow>
              <TableCell>On this desk</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Account on the office server</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.desk.id}>
                <TableCell>
                  {r.desk.name} {r.named && <Chip size="small" label="Named in a case" />}
                </TableCell>
                <TableCell>{roleLabels[r.desk.role]}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    label={`Office server account for ${r.desk.name}`}
                    value={r.server?.user.id ?? NONE}
                    error={r.named && r.server === null}
                    helperText={r.byName ? 'Matched by name' : r.named && r.server === null ? 'Choose the account: a case names them' : ' '}
                    onChange={(e) => setRows(chooseAccount(rows, r.desk.id, servers.find((s) => s.user.id === e.target.value) ?? null))}
                  >
                    <MenuItem value={NONE}>No account on the office server</MenuItem>
                    {servers.map((s) => (
                      <MenuItem key={s.user.id} value={s.user.id}>
                        {s.user.name} ({s.userName})
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack spacing={1} sx={{ mt: 2 }}>
          {missing.length > 0 && (
            <Alert severity="warning" role="alert">
              Match {missing.map((u) => u.name).join(', ')} before joining: cases on this desk name them.
            </Alert>
          )}
          {busy && <LinearProgress aria-label="Joining the office server" />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" disabled={busy || missing.length > 0} onClick={() => onConfirm(rows)}>
          Join and upload {cases} cases
        </Button>
      </DialogActions>
    </Dialog>
  );
}
