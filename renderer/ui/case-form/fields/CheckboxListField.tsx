// Several choices from a list as a group of checkboxes (e.g. the checklist items asked for), with the error under it.
import { Controller, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useId } from 'react';
import type { ActionControl } from '../ActionDialog';

export interface CheckboxListFieldProps<T extends FieldValues> {
  control: ActionControl<T>;
  name: Path<T>;
  label: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
}

export function CheckboxListField<T extends FieldValues>({ control, name, label, options }: CheckboxListFieldProps<T>) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        const toggle = (value: string, on: boolean) => field.onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
        return (
          <FormControl component="fieldset" error={!!fieldState.error} required>
            <FormLabel component="legend" id={labelId}>
              {label}
            </FormLabel>
            <FormGroup aria-labelledby={labelId}>
              {options.map((o) => (
                <FormControlLabel
                  key={o.value}
                  label={o.label}
                  disabled={o.disabled}
                  control={<Checkbox checked={chosen.includes(o.value)} onChange={(_e, on) => toggle(o.value, on)} onBlur={field.onBlur} />}
                />
              ))}
            </FormGroup>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
