// Accounts (administrators only): everyone who can sign in to the desk; add, deactivate, reactivate, reset passwords,
// change roles (a new complaints manager waits for a complaints manager to confirm).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import PersonAdd from '@mui/icons-material/PersonAdd';
import { roleLabels, type User } from '../../../shared/model';
import { db } from '../../store/desk';
import { pendingRoleRequests } from '../../store/duties/roles';
import { listUsers } from '../../store/users';
import { accountsDb } from '../../store/accounts/accounts-db';
import { setAccountActive } from '../../store/accounts/accounts';
import { useSession } from '../../session/session';
import { AccountRow } from './AccountRow';
import { AddAccountDialog } from './AddAccountDialog';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type Notice = { severity: 'success' | 'error'; text: string };

export function AccountsScreen() {
  const { actor } = useSession();
  const users = useLiveQuery(() => listUsers(db), []);
  const attempts = useLiveQuery(() => accountsDb.attempts.toArray(), []) ?? [];
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [changingRole, setChangingRole] = useState<User | null>(null);
  const requests = useLiveQuery(() => pendingRoleRequests(db), []) ?? [];
  const [notice, setNotice] = useState<Notice | null>(null);
  const now = new Date().toISOString();

  const lockedOutUntil = (user: User) => {
    const until = attempts.find((a) => a.userId === user.id)?.lockedUntil;
    return until && until > now ? until : null;
  };

  const toggleActive = async (user: User) => {
    const result = await setAccountActive(db, actor, user.id, !user.active);
    if (!result.ok) setNotice({ severity: 'error', text: result.missing.join('; ') });
    else setNotice({ severity: 'success', text: result.user.active ? `${user.name} can sign in again.` : `${user.name} can no longer sign in.` });
  };

  const sorted = [...(users ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  return (
    <Paper component="section" aria-labelledby="accounts-heading" sx={{ p: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography id="accounts-heading" variant="h5" component="h1">
          Accounts
        </Typography>
        <Button variant="contained" startIcon={<PersonAdd aria-hidden />} onClick={() => setAdding(true)}>
          Add account
        </Button>
      </Stack>
      {notice && (
        <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'} onClose={() => setNotice(null)} sx={{ mb: 2 }}>
          {notice.text}
        </Alert>
      )}
      <TableContainer>
        <Table size="small" aria-labelledby="accounts-heading">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Email</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((user) => (
              <AccountRow
                key={user.id}
                user={user}
                isYou={user.id === actor.userId}
                lockedOutUntil={lockedOutUntil(user)}
                awaitingConfirmation={requests.some((r) => r.userId === user.id)}
                onToggleActive={(u) => void toggleActive(u)}
                onChangeRole={setChangingRole}
                onResetPassword={setResetting}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {adding && (
        <AddAccountDialog
          onClose={() => setAdding(false)}
          onAdded={(user) => {
            setAdding(false);
            setNotice({ severity: 'success', text: `Account added for ${user.name}. They can sign in with the password you gave.` });
          }}
        />
      )}
      {changingRole && (
        <ChangeRoleDialog
          user={changingRole}
          onClose={() => setChangingRole(null)}
          onChanged={(result, role) => {
            setChangingRole(null);
            setNotice({
              severity: 'success',
              text: result.pending
                ? `${result.user.name} becomes a complaints manager when a complaints manager confirms it. Until then their role stays ${roleLabels[result.user.role]}.`
                : `The role of ${result.user.name} is now ${roleLabels[role]}.`,
            });
          }}
        />
      )}
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onReset={(user) => {
            setResetting(null);
            setNotice({ severity: 'success', text: `New password set for ${user.name}.` });
          }}
        />
      )}
    </Paper>
  );
}
