// A customer not yet on this desk: name, phone, email, account number and, if given, a postal address.
import { Controller, useWatch } from 'react-hook-form';
import { Checkbox, FormControlLabel, Stack } from '@mui/material';
import { FormTextField } from '../../ui/FormTextField';
import type { IntakeControl } from './intake-form';

export function NewCustomerFields({ control }: { control: IntakeControl }) {
  const withAddress = useWatch({ control, name: 'customer.withAddress' });
  return (
    <Stack spacing={2}>
      <FormTextField control={control} name="customer.name" label="Customer name" required autoComplete="off" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="customer.phone" label="Phone" type="tel" autoComplete="off" helperText="Phone, email or address: at least one" />
        <FormTextField control={control} name="customer.email" label="Email" type="email" autoComplete="off" />
      </Stack>
      <FormTextField control={control} name="customer.accountNumber" label="Account number (optional)" autoComplete="off" />
      <Controller
        control={control}
        name="customer.withAddress"
        render={({ field }) => (
          <FormControlLabel label="Add a postal address" control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} inputRef={field.ref} />} />
        )}
      />
      {withAddress && (
        <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }} aria-label="Postal address">
          <FormTextField control={control} name="customer.line1" label="Address line 1" required />
          <FormTextField control={control} name="customer.line2" label="Address line 2 (optional)" />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField control={control} name="customer.town" label="Town or city" required />
            <FormTextField control={control} name="customer.county" label="County (optional)" />
            <FormTextField control={control} name="customer.postcode" label="Postcode" required />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
