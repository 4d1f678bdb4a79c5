// Accounts whose keys were made anew (a password reset) and so open no complaint about staff until a complaints
// manager gives them access again; on a joined desk also those whose new key from the office server waits for a
// complaints manager to confirm it ("Key waiting for confirmation": confirming signs it, store/sync/key-trust.ts).
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
  /** Accounts whose new key from the office server waits for confirmation on this desk. */
  keysWaiting: readonly string[];
  log: readonly DutyLogEntry[];
  viewerId: string;
  busy: boolean;
  onGrant(user: User): void;
}

export function AwaitingAccessSection({ users, keys, keysWaiting, log, viewerId, busy, onGrant }: AwaitingAccessSectionProps) {
  const waiting = accountsAwaitingAccess(users, keys, log, viewerId, keysWaiting);
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
              {waiting.map(({ user, since, keyWaiting }) => (
                <TableRow key={user.id}>
                  <TableCell component="th" scope="row">
                    {user.name}
                  </TableCell>
                  <TableCell>{roleLabels[user.role]}</TableCell>
                  <TableCell>
                    {since ? formatDateTime(since) : null}
                    {keyWaiting && (
                      <Typography variant="body2" color="warning.main">
                        Key waiting for confirmation
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {keyWaiting ? (
                      <Button size="small" variant="contained" disabled={busy} onClick={() => onGrant(user)} aria-label={`Confirm ${user.name}’s new key and give access`}>
                        Confirm key
                      </Button>
                    ) : (
                      <Button size="small" variant="contained" disabled={busy} onClick={() => onGrant(user)} aria-label={`Give ${user.name} access again`}>
                        Give access again
                      </Button>
                    )}
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
