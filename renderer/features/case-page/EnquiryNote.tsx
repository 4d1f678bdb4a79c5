// In place of the deadlines on an enquiry: it is not a complaint, so the policy's clock and six steps do not apply.
import { useId } from 'react';
import { Paper, Typography } from '@mui/material';

export function EnquiryNote() {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Enquiry
      </Typography>
      <Typography>
        This contact is recorded as an enquiry, not a complaint: no complaint deadlines or steps apply. If the customer is
        dissatisfied, convert it to a complaint; the clock then runs from when it was received.
      </Typography>
    </Paper>
  );
}
