// The remedies offered: apology, explanation, account correction, payment (typed in pounds) and other.
import { useId } from 'react';
import { Controller, get, useFormState, useWatch, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, InputAdornment, Stack } from '@mui/material';
import { remedyLabels } from '../../../../shared/model';
import { FormTextField } from '../../FormTextField';
import type { ActionControl } from '../ActionDialog';

type Tick = 'apology' | 'explanation' | 'accountCorrection' | 'payment' | 'other';

const TICKS: { key: Tick; label: string }[] = [
  { key: 'apology', label: remedyLabels.apology },
  { key: 'explanation', label: remedyLabels.explanation },
  { key: 'accountCorrection', label: remedyLabels['account-correction'] },
  { key: 'payment', label: remedyLabels.payment },
  { key: 'other', label: remedyLabels.other },
];

export interface RemediesFieldProps<T extends FieldValues> {
  control: ActionControl<T>;
  /** The form field holding RemedyChoices. */
  name: Path<T>;
  label?: string;
}

export function RemediesField<T extends FieldValues>({ control, name, label = 'Remedies' }: RemediesFieldProps<T>) {
  const labelId = useId();
  const at = (key: string) => `${name}.${key}` as Path<T>;
  const [correction, payment, other] = useWatch({ control, name: [at('accountCorrection'), at('payment'), at('other')] }) as boolean[];
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;

  return (
    <FormControl component="fieldset" error={!!message}>
      <FormLabel component="legend" id={labelId}>
        {label}
      </FormLabel>
      <FormGroup aria-labelledby={labelId}>
        {TICKS.map((tick) => (
          <Controller
            key={tick.key}
            control={control}
            name={at(tick.key)}
            render={({ field }) => (
              <FormControlLabel
                label={tick.label}
                control={<Checkbox checked={!!field.value} onChange={(_e, on) => field.onChange(on)} onBlur={field.onBlur} inputRef={field.ref} />}
              />
            )}
          />
        ))}
      </FormGroup>
      {message && <FormHelperText>{message}</FormHelperText>}
      <Stack spacing={2} sx={{ mt: correction || payment || other ? 1 : 0 }}>
        {correction && <FormTextField control={control} name={at('correctionDetail')} label="What was corrected (optional)" />}
        {payment && (
          <FormTextField
            control={control}
            name={at('paymentPounds')}
            label="Payment amount"
            required
            inputMode="decimal"
            helperText="In pounds, like 25.00"
            slotProps={{ input: { startAdornment: <InputAdornment position="start">£</InputAdornment> } }}
          />
        )}
        {other && <FormTextField control={control} name={at('otherText')} label="Other remedy" required />}
      </Stack>
    </FormControl>
  );
}
