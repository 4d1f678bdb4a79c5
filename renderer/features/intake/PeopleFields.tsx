// Who took the complaint (the person signed in, unless changed) and who the customer dealt with.
import { useWatch } from 'react-hook-form';
import { MenuItem, Stack } from '@mui/material';
import { roleLabels, type User } from '../../../shared/model';
import { worksCases } from '../../../shared/policy';
import { FormTextField } from '../../ui/FormTextField';
import type { IntakeControl } from './intake-form';
import { SOMEONE_ELSE } from './intake-values';

export function caseStaff(staff: readonly User[]): User[] {
  return staff.filter((u) => u.active && worksCases(u.role)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function PeopleFields({ control, staff }: { control: IntakeControl; staff: readonly User[] }) {
  const dealtWith = useWatch({ control, name: 'dealtWith' });
  const people = caseStaff(staff);
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="takenById" label="Taken by" select required>
          {people.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </FormTextField>
        <FormTextField control={control} name="dealtWith" label="Who the customer dealt with" select slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Not known yet</MenuItem>
          {people.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name} ({roleLabels[u.role].toLowerCase()})
            </MenuItem>
          ))}
          <MenuItem value={SOMEONE_ELSE}>Someone not on this desk (type their name)</MenuItem>
        </FormTextField>
      </Stack>
      {dealtWith === SOMEONE_ELSE && <FormTextField control={control} name="dealtWithName" label="Name of the person the customer dealt with" required />}
    </Stack>
  );
}
