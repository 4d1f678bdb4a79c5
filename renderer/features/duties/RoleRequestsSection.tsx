// Requests to become a complaints manager, waiting for an existing complaints manager to confirm or refuse them
// (separation of duties: an administrator asks, a complaints manager decides).
import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { pendingRoleRequests } from '../../store/duties/roles';
import { formatDateTime } from '../../ui/en-gb-format';
import { SettingsSection } from '../../ui/SettingsSection';

export interface RoleRequestsSectionProps {
  users: readonly User[];
  viewerId: string;
  busy: boolean;
  onConfirm(user: User): void;
  onRefuse(user: User): void;
}

export function RoleRequestsSection({ users, viewerId, busy, onConfirm, onRefuse }: RoleRequestsSectionProps) {
  const requests = useLiveQuery(() => pendingRoleRequests(db), []) ?? [];
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? 'An account no longer on this desk';
  return (
    <SettingsSection id="role-requests-heading" title="Requests to become a complaints manager">
      {requests.length === 0 ? (
        <Typography color="text.secondary">No request is waiting.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="role-requests-heading">
            <TableHead>
              <TableRow>
                <TableCell>Account</TableCell>
                <TableCell>Asked by</TableCell>
                <TableCell>When</TableCell>
                <TableCell align="right">Decision</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {requests.map((request) => {
                const user = users.find((u) => u.id === request.userId);
                if (!user) return null;
                const isYou = user.id === viewerId;
                return (
                  <TableRow key={request.userId}>
                    <TableCell component="th" scope="row">
                      {user.name}
                      {isYou && ' (you: another complaints manager decides)'}
                    </TableCell>
                    <TableCell>{nameOf(request.requestedById)}</TableCell>
                    <TableCell>{formatDateTime(request.requestedAt)}</TableCell>
                    <TableCell align="right">
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        <Button size="small" variant="contained" disabled={busy || isYou} onClick={() => onConfirm(user)} aria-label={`Confirm ${user.name} as complaints manager`}>
                          Confirm
                        </Button>
                        <Button size="small" color="error" disabled={busy || isYou} onClick={() => onRefuse(user)} aria-label={`Refuse ${user.name} as complaints manager`}>
                          Refuse
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </SettingsSection>
  );
}
