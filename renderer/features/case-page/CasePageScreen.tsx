// The case page: one complaint, as recorded.
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { Alert, Paper, Stack, Typography } from '@mui/material';
import { db } from '../../store/db';
import { getCase } from '../../store/cases';
import { channelLabels } from '../intake/new-complaint-schema';
import { formatDateTime } from '../../ui/en-gb-format';

export function CasePageScreen() {
  const { caseId = '' } = useParams();
  const found = useLiveQuery(async () => (await getCase(db, caseId)) ?? null, [caseId]);

  if (found === undefined) return null;
  if (found === null) return <Alert severity="warning">No case with that identifier is on this desk.</Alert>;

  return (
    <Paper component="article" aria-labelledby="case-heading" sx={{ p: 3 }}>
      <Typography id="case-heading" variant="h5" component="h1">
        {found.reference}
      </Typography>
      <Stack component="dl" spacing={1} sx={{ mt: 2, '& dt': { fontWeight: 500 }, '& dd': { m: 0, mb: 1 } }}>
        <dt>Customer</dt>
        <dd>{found.customerName}</dd>
        <dt>Contact</dt>
        <dd>{found.customerContact}</dd>
        <dt>Channel</dt>
        <dd>{channelLabels[found.channel]}</dd>
        <dt>Received at</dt>
        <dd>{formatDateTime(found.receivedAt)}</dd>
        <dt>Nature of the complaint</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{found.summary}</dd>
      </Stack>
    </Paper>
  );
}
