// One member of staff in the accounts table: name, role, email, whether they can sign in, and what to do about it.
import { Button, Chip, Stack, TableCell, TableRow } from '@mui/material';
import { roleLabels, type User } from '../../../shared/model';
import { formatDateTime } from '../../ui/en-gb-format';

export interface AccountRowProps {
  user: User;
  isYou: boolean;
  /** ISO instant a lock-out after wrong passwords ends, when there is one now. */
  lockedOutUntil: string | null;
  /** Asked to become a complaints manager, waiting for one to confirm. */
  awaitingConfirmation: boolean;
  onToggleActive(user: User): void;
  onChangeRole(user: User): void;
  onResetPassword(user: User): void;
}

export function AccountRow({ user, isYou, lockedOutUntil, awaitingConfirmation, onToggleActive, onChangeRole, onResetPassword }: AccountRowProps) {
  const status = !user.active ? 'Deactivated' : lockedOutUntil ? `Locked out until ${formatDateTime(lockedOutUntil)}` : 'Active';
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        {user.name}
        {isYou && ' (you)'}
      </TableCell>
      <TableCell>
        {roleLabels[user.role]}
        {awaitingConfirmation && <Chip size="small" label="Complaints manager: awaiting confirmation" variant="outlined" color="info" sx={{ ml: 1 }} />}
      </TableCell>
      <TableCell>{user.email ?? ''}</TableCell>
      <TableCell>
        <Chip size="small" label={status} color={!user.active ? 'default' : lockedOutUntil ? 'warning' : 'success'} variant="outlined" />
      </TableCell>
      <TableCell align="right">
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={() => onChangeRole(user)} aria-label={`Change the role of ${user.name}`}>
            Change role
          </Button>
          <Button size="small" onClick={() => onResetPassword(user)} aria-label={`Reset password of ${user.name}`}>
            Reset password
          </Button>
          <Button
            size="small"
            color={user.active ? 'error' : 'primary'}
            onClick={() => onToggleActive(user)}
            aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
          >
            {user.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
