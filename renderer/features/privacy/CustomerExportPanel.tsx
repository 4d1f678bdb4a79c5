// One customer: their details, the cases held, and "Export everything held" with its progress.
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { Customer } from '../../../shared/model';
import { BusyButton } from '../../ui/BusyButton';
import { CustomerCasesTable } from './CustomerCasesTable';
import { useSubjectAccessExport } from './use-subject-access-export';

export function CustomerExportPanel({ customer, onClose }: { customer: Customer; onClose(): void }) {
  const { state, run } = useSubjectAccessExport();
  const working = state.status === 'working';
  const details = [customer.email, customer.phone, customer.accountNumber && `Account ${customer.accountNumber}`].filter(Boolean).join(' · ');
  return (
    <Paper component="section" aria-labelledby="customer-heading" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Box>
          <Typography id="customer-heading" variant="h6" component="h2">
            {customer.name}
          </Typography>
          <Typography color="text.secondary">{details}</Typography>
        </Box>
        <CustomerCasesTable customerId={customer.id} />
        <Typography variant="body2">
          The export is one ZIP file: a summary PDF, every detail held as JSON, and every document and letter. A named employee’s
          identity and account are withheld.
        </Typography>
        {working && (
          <Box>
            <Typography variant="body2">{state.step}</Typography>
            <LinearProgress
              aria-label="Export progress"
              {...(state.percent === null ? {} : { variant: 'determinate' as const, value: state.percent })}
            />
          </Box>
        )}
        {state.status === 'done' && <Alert severity="success">{state.text}</Alert>}
        {state.status === 'failed' && <Alert severity="error">{state.text}</Alert>}
        <Stack direction="row" spacing={1}>
          <BusyButton type="button" busy={working} label="Export everything held" busyLabel="Exporting…" onClick={() => void run(customer)} />
          <Button onClick={onClose}>Choose another customer</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
