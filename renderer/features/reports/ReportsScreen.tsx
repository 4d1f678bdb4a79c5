// Reports: learning from complaints over any period, for complaints managers (REQUIREMENTS section 9).
import { useState } from 'react';
import { Alert, Paper, Stack, Typography } from '@mui/material';
import { londonDate } from '../../../shared/policy';
import { quickPeriod, type ReportPeriod } from '../../../shared/reports';
import { useSession } from '../../session/session';
import { ComplaintsReturnPanel } from './ComplaintsReturnPanel';
import { ReportBody } from './ReportBody';
import { ReportPeriodForm } from './ReportPeriodForm';
import { ReportProgress } from './ReportProgress';
import { useComplaintReport } from './use-complaint-report';

export function ReportsScreen() {
  const { actor } = useSession();
  const [today] = useState(() => londonDate(new Date().toISOString()));
  const [period, setPeriod] = useState<ReportPeriod>(() => quickPeriod('this-month', today));
  const state = useComplaintReport(period, actor);

  return (
    <Stack component="section" aria-labelledby="reports-heading" spacing={3}>
      <Paper sx={{ p: 2 }}>
        <Typography id="reports-heading" variant="h5" component="h1" gutterBottom>
          Reports
        </Typography>
        <Typography gutterBottom>
          Learning from complaints: the complaints received in a period, how they were handled against the policy&apos;s deadlines, what
          caused them and what changed.
        </Typography>
        <ReportPeriodForm period={period} today={today} onChange={setPeriod} />
      </Paper>
      {state.status === 'counting' && <ReportProgress counted={state.counted} total={state.total} />}
      {state.status === 'refused' && <Alert severity="error">{state.missing.join(' ')}</Alert>}
      {state.status === 'failed' && <Alert severity="error">The report could not be read: {state.message}</Alert>}
      {state.status === 'ready' && <ReportBody report={state.report} />}
      <ComplaintsReturnPanel period={period} actor={actor} />
    </Stack>
  );
}
