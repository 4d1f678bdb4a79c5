// A required choice from a short list, bound to an action form; the error sits under it.
import { MenuItem } from '@mui/material';
import type { FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../../FormTextField';
import type { ActionControl } from '../ActionDialog';
import type { Option } from './options';

export interface SelectFieldProps<T extends FieldValues> {
  control: ActionControl<T>;
  name: Path<T>;
  label: string;
  options: readonly Option[];
  helperText?: string;
  autoFocus?: boolean;
}

export function SelectField<T extends FieldValues>({ control, name, label, options, helperText, autoFocus }: SelectFieldProps<T>) {
  return (
    <FormTextField control={control} name={name} label={label} select required helperText={helperText} autoFocus={autoFocus}>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
