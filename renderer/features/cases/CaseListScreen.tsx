// The case list: every complaint recorded on this desk, newest first.
import { Link as RouterLink } from 'react-router';
import { Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useWorkQueue } from '../../store/hooks';
import { channelLabels } from '../intake/new-complaint-schema';
import { formatDateTime } from '../../ui/en-gb-format';
import { useSession } from '../sign-in/session';

export function CaseListScreen() {
  const { actor } = useSession();
  const cases = useWorkQueue({ includeFinished: true, sort: 'newest' }, actor)?.items;

  return (
    <Paper component="section" aria-labelledby="cases-heading" sx={{ p: 2 }}>
      <Typography id="cases-heading" variant="h5" component="h1" gutterBottom>
        Cases
      </Typography>
      {cases && cases.length === 0 && <Typography>No complaints recorded yet.</Typography>}
      {cases && cases.length > 0 && (
        <TableContainer>
          <Table size="small" aria-labelledby="cases-heading">
            <TableHead>
              <TableRow>
                <TableCell>Reference</TableCell>
                <TableCell>Customer</TableCell>
                <TableCell>Channel</TableCell>
                <TableCell>Received</TableCell>
                <TableCell>Summary</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cases.map((c) => (
                <TableRow key={c.caseId} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/cases/${c.caseId}`}>
                      {c.reference}
                    </Link>
                  </TableCell>
                  <TableCell>{c.customerName}</TableCell>
                  <TableCell>{channelLabels[c.channel]}</TableCell>
                  <TableCell>{formatDateTime(c.receivedAt)}</TableCell>
                  <TableCell sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {c.summary}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
