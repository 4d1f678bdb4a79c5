// The duty log for complaints managers: every role change, password reset and grant of access, newest first, with
// the result of checking its hash chain (an edited, removed or reordered entry is named).
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { readDutyLog } from '../../store/duties/duty-log';
import { formatDateTime } from '../../ui/en-gb-format';
import { SettingsSection } from '../settings/SettingsSection';
import { describeDuty } from './duty-wording';

export function DutyLogSection({ users }: { users: readonly User[] }) {
  const log = useLiveQuery(() => readDutyLog(db), []);
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? 'An account no longer on this desk';
  if (!log) return null;
  return (
    <SettingsSection id="duty-log-heading" title="Duty log">
      {log.check.ok ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          The log is intact: {log.check.entries} {log.check.entries === 1 ? 'entry' : 'entries'}, each linked to the one before.
        </Alert>
      ) : (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          The log has been tampered with: {log.check.problem}.
        </Alert>
      )}
      <TableContainer sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-labelledby="duty-log-heading">
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>By</TableCell>
              <TableCell>Account</TableCell>
              <TableCell>What</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...log.entries].reverse().map((entry) => (
              <TableRow key={entry.seq}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</TableCell>
                <TableCell>{nameOf(entry.actorId)}</TableCell>
                <TableCell>{nameOf(entry.subjectId)}</TableCell>
                <TableCell>{describeDuty(entry.action, entry.details)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </SettingsSection>
  );
}
