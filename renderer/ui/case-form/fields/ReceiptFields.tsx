// What regulation 4 records at receipt: made orally or in writing, the way of communicating agreed, advice, resolved and why.
import { Controller, useWatch, type Control } from 'react-hook-form';
import { Checkbox, FormControlLabel, MenuItem, Stack } from '@mui/material';
import { madeHowLabels } from '../../../../shared/model';
import { FormTextField } from '../../FormTextField';
import type { ReceiptValues } from '../business-form';
import { CHANNEL_OPTIONS, optionsOf } from './options';

export type ReceiptControl = Control<{ receipt: ReceiptValues }>;

const MADE_HOW_OPTIONS = optionsOf(madeHowLabels);

export function ReceiptFields({ control }: { control: ReceiptControl }) {
  const resolved = useWatch({ control, name: 'receipt.resolved' });
  return (
    <Stack spacing={2}>
      <FormTextField control={control} name="receipt.madeHow" label="Made orally or in writing" select slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">As the channel says</MenuItem>
        {MADE_HOW_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="receipt.agreedChannel"
        label="Way of communicating agreed"
        select
        helperText="Letters and reminders go this way"
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">The way the customer complained</MenuItem>
        {CHANNEL_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={control} name="receipt.adviceGiven" label="Advice given or action taken" multiline minRows={2} />
      <Controller
        control={control}
        name="receipt.resolved"
        render={({ field }) => <FormControlLabel label="Resolved at this contact" control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} />} />}
      />
      {resolved && <FormTextField control={control} name="receipt.resolvedBasis" label="On what basis it is resolved" required multiline minRows={2} />}
    </Stack>
  );
}
