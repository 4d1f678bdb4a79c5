// Accounts (administrators only): everyone who can sign in to the desk; add, deactivate, reactivate, reset passwords.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import PersonAdd from '@mui/icons-material/PersonAdd';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { listUsers } from '../../store/users';
import { accountsDb } from '../sign-in/accounts-db';
import { setAccountActive } from '../sign-in/accounts';
import { useSession } from '../sign-in/session';
import { AccountRow } from './AccountRow';
import { AddAccountDialog } from './AddAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type Notice = { severity: 'success' | 'error'; text: string };

export function AccountsScreen() {
  const { actor } = useSession();
  const users = useLiveQuery(() => listUsers(db), []);
  const attempts = useLiveQuery(() => accountsDb.attempts.toArray(), []) ?? [];
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
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
                onToggleActive={(u) => void toggleActive(u)}
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
