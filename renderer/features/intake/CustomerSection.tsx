// The customer: one already on this desk, found as staff type, or a new one entered here.
import { useController, useWatch } from 'react-hook-form';
import { Alert, Button, Stack, Typography } from '@mui/material';
import type { IntakeControl } from './intake-form';
import { CustomerSearchField } from './CustomerSearchField';
import { customerLabel } from './customer-label';
import { NewCustomerFields } from './NewCustomerFields';

export function CustomerSection({ control }: { control: IntakeControl }) {
  const { field: existingId } = useController({ control, name: 'customer.existingId' });
  const { field: existingLabel } = useController({ control, name: 'customer.existingLabel' });
  const chosen = useWatch({ control, name: 'customer.existingId' });
  return (
    <Stack spacing={2} component="section" aria-labelledby="intake-customer-heading">
      <Typography id="intake-customer-heading" variant="h6" component="h2">
        Customer
      </Typography>
      {chosen ? (
        <Alert
          severity="success"
          action={
            <Button color="inherit" size="small" onClick={() => { existingId.onChange(''); existingLabel.onChange(''); }}>
              Choose another customer
            </Button>
          }
        >
          Existing customer: {existingLabel.value}
        </Alert>
      ) : (
        <>
          <CustomerSearchField onChoose={(c) => { existingLabel.onChange(customerLabel(c)); existingId.onChange(c.id); }} />
          <Typography variant="body2" color="text.secondary">
            Not on this desk yet? Enter the customer:
          </Typography>
          <NewCustomerFields control={control} />
        </>
      )}
    </Stack>
  );
}
