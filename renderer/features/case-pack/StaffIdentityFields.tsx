// For a complaint about staff: the employee is replaced by "the employee" unless the manager includes them, with a reason.
import { Controller, useWatch } from 'react-hook-form';
import { FormControlLabel, FormHelperText, Stack, Switch } from '@mui/material';
import { FormTextField } from '../../ui/FormTextField';
import type { CasePackControl } from './case-pack-form';

export function StaffIdentityFields({ control }: { control: CasePackControl }) {
  const include = useWatch({ control, name: 'includeStaffIdentity' });
  return (
    <Stack spacing={1}>
      <Controller
        control={control}
        name="includeStaffIdentity"
        render={({ field: { value, onChange, ref, ...field } }) => (
          <FormControlLabel control={<Switch {...field} inputRef={ref} checked={value} onChange={(_, checked) => onChange(checked)} />} label="Include the employee's identity" />
        )}
      />
      <FormHelperText sx={{ mt: 0 }}>
        {include
          ? "The employee's name, user account and their account of events stay in every file; the reason is logged on the timeline."
          : 'The employee is named as "the employee" in every file of the pack, and their account of events is withheld.'}
      </FormHelperText>
      {include && <FormTextField control={control} name="includeReason" label="Reason for including the employee" required multiline minRows={2} />}
    </Stack>
  );
}
