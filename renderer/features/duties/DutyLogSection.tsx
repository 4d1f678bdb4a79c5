// The duty log for complaints managers: every role change, password reset and grant of access, newest first, with
// the result of checking its hash chain (an edited, removed or reordered entry is named).
import { Alert, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { User } from '../../../shared/model';
import type { DutyLogCheck } from '../../store/duties/duty-log';
import type { DutyLogEntry } from '../../store/duties/duty-records';
import { formatDateTime } from '../../ui/en-gb-format';
import { SettingsSection } from '../../ui/SettingsSection';
import { describeDuty } from './duty-wording';

export interface DutyLogSectionProps {
  users: readonly User[];
  entries: readonly DutyLogEntry[];
  check: DutyLogCheck;
}

export function DutyLogSection({ users, entries, check }: DutyLogSectionProps) {
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? 'An account no longer on this desk';
  return (
    <SettingsSection id="duty-log-heading" title="Duty log">
      {check.ok ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          The log is intact: {check.entries} {check.entries === 1 ? 'entry' : 'entries'}, each linked to the one before.
        </Alert>
      ) : (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          The log has been tampered with: {check.problem}.
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
            {[...entries].reverse().map((entry) => (
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
