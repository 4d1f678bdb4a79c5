// A date (type=date, shown dd/mm/yyyy in en-GB) or a London date and time (type=datetime-local) for an action form.
import type { FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../../../ui/FormTextField';
import type { ActionControl } from '../ActionDialog';

export interface DateFieldProps<T extends FieldValues> {
  control: ActionControl<T>;
  name: Path<T>;
  label: string;
  /** With the time of day (London): for when a letter was sent or something arrived. */
  withTime?: boolean;
  required?: boolean;
  helperText?: string;
}

export function DateField<T extends FieldValues>({ control, name, label, withTime = false, required = true, helperText }: DateFieldProps<T>) {
  return (
    <FormTextField
      control={control}
      name={name}
      label={label}
      type={withTime ? 'datetime-local' : 'date'}
      required={required}
      helperText={helperText ?? (withTime ? 'London time' : undefined)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
