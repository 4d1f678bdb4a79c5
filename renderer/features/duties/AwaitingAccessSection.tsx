// Accounts whose keys were made anew (a password reset) and so open no complaint about staff until a complaints
// manager gives them access again.
import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { roleLabels, type User } from '../../../shared/model';
import { accountsAwaitingAccess } from '../../store/duties/awaiting-access';
import type { DutyLogEntry } from '../../store/duties/duty-records';
import type { StoredUserKeys } from '../../store/schema/v8';
import { formatDateTime } from '../../ui/en-gb-format';
import { SettingsSection } from '../../ui/SettingsSection';

export interface AwaitingAccessSectionProps {
  users: readonly User[];
  keys: readonly StoredUserKeys[];
  log: readonly DutyLogEntry[];
  viewerId: string;
  busy: boolean;
  onGrant(user: User): void;
}

export function AwaitingAccessSection({ users, keys, log, viewerId, busy, onGrant }: AwaitingAccessSectionProps) {
  const waiting = accountsAwaitingAccess(users, keys, log, viewerId);
  return (
    <SettingsSection id="awaiting-access-heading" title="Waiting for access to complaints about staff">
      {waiting.length === 0 ? (
        <Typography color="text.secondary">Nobody is waiting.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="awaiting-access-heading">
            <TableHead>
              <TableRow>
                <TableCell>Account</TableCell>
                <TableCell>Role</TableCell>
                <TableCell>No access since</TableCell>
                <TableCell align="right">Access</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {waiting.map(({ user, since }) => (
                <TableRow key={user.id}>
                  <TableCell component="th" scope="row">
                    {user.name}
                  </TableCell>
                  <TableCell>{roleLabels[user.role]}</TableCell>
                  <TableCell>{formatDateTime(since)}</TableCell>
                  <TableCell align="right">
                    <Button size="small" variant="contained" disabled={busy} onClick={() => onGrant(user)} aria-label={`Give ${user.name} access again`}>
                      Give access again
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </SettingsSection>
  );
}
