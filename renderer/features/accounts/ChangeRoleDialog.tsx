// The administrator changes an account's role. Making someone a complaints manager only asks: it takes effect when
// an existing complaints manager confirms it on Roles and access (separation of duties).
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { roleLabels, roles, type Role, type User } from '../../../shared/model';
import { db } from '../../store/desk';
import { changeRole, type RoleChange } from '../../store/duties/roles';
import { BusyButton } from '../../ui/BusyButton';
import { useSession } from '../../session/session';

export interface ChangeRoleDialogProps {
  user: User;
  onClose(): void;
  onChanged(result: Extract<RoleChange, { ok: true }>, role: Role): void;
}

export function ChangeRoleDialog({ user, onClose, onChanged }: ChangeRoleDialogProps) {
  const { actor } = useSession();
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const result = await changeRole(db, actor, user.id, role, new Date().toISOString());
      if (result.ok) onChanged(result, role);
      else setRefusal(result.missing.join('; '));
    } catch (error) {
      setRefusal(`The role was not changed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="change-role-title" fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="change-role-title">Change the role of {user.name}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A new complaints manager takes the role only when an existing complaints manager confirms it. Leaving the
            complaints manager role removes access to complaints about staff at once.
          </DialogContentText>
          <Stack spacing={2}>
            <TextField select label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} required autoFocus>
              {roles.map((r) => (
                <MenuItem key={r} value={r}>
                  {roleLabels[r]}
                </MenuItem>
              ))}
            </TextField>
            {refusal && (
              <Alert severity="error" role="alert">
                {refusal}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} label="Change role" busyLabel="Saving…" />
        </DialogActions>
      </form>
    </Dialog>
  );
}
