// A date (dd/MM/yyyy) or a London date and time (dd/MM/yyyy HH:mm) for an action form, through the shared en-GB picker.
import type { FieldValues, Path } from 'react-hook-form';
import { DatePickerField } from '../../DatePickerField';
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
    <DatePickerField
      control={control}
      name={name}
      label={label}
      valueFormat={withTime ? 'date-time' : 'date'}
      required={required}
      helperText={helperText ?? (withTime ? 'London time' : undefined)}
    />
  );
}
