// What the recorder of a confidential case they may not open sees: that they recorded it, and nothing more.
import { Alert, AlertTitle, Paper, Typography } from '@mui/material';
import type { RecorderReceipt } from '../../../shared/policy';
import { formatDateTime } from '../../ui/en-gb-format';

export function CaseReceipt({ receipt }: { receipt: RecorderReceipt }) {
  return (
    <Paper component="section" aria-labelledby="case-receipt-heading" sx={{ p: 3, maxWidth: 720 }}>
      <Typography id="case-receipt-heading" variant="h4" component="h1" gutterBottom>
        {receipt.reference}
      </Typography>
      <Alert severity="info">
        <AlertTitle>Confidential</AlertTitle>
        {receipt.message}
      </Alert>
      <Typography sx={{ mt: 2 }}>
        Received {formatDateTime(receipt.receivedAt)}; you recorded it {formatDateTime(receipt.recordedAt)}.
      </Typography>
    </Paper>
  );
}
