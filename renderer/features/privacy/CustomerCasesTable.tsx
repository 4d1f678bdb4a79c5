// The cases held for one customer, as the subject access screen lists them before the export.
import { Link as RouterLink } from 'react-router';
import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { stageLabels } from '../../../shared/model';
import { useWorkQueue } from '../../store/hooks';
import { formatDateTime } from '../../ui/en-gb-format';
import { channelLabels } from '../../../shared/model';
import { useSession } from '../../session/session';

export function CustomerCasesTable({ customerId }: { customerId: string }) {
  const { actor } = useSession();
  const cases = useWorkQueue({ customerId, includeFinished: true, sort: 'newest' }, actor, { limit: 200 })?.items;
  if (!cases) return null;
  if (cases.length === 0) return <Typography>No cases are held for this customer.</Typography>;
  return (
    <Table size="small" aria-label="Cases held for this customer">
      <TableHead>
        <TableRow>
          <TableCell>Reference</TableCell>
          <TableCell>Received</TableCell>
          <TableCell>Channel</TableCell>
          <TableCell>Stage</TableCell>
          <TableCell>Summary</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.caseId}>
            <TableCell>
              <Link component={RouterLink} to={`/cases/${c.caseId}`}>
                {c.reference}
              </Link>
            </TableCell>
            <TableCell>{formatDateTime(c.receivedAt)}</TableCell>
            <TableCell>{channelLabels[c.channel]}</TableCell>
            <TableCell>{stageLabels[c.stage]}</TableCell>
            <TableCell sx={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{c.summary}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
