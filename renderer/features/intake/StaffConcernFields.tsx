// "This complaint is about a member of staff": who is named, and who will handle it once it is confidential.
import { Controller, useWatch } from 'react-hook-form';
import { Alert, Checkbox, FormControl, FormControlLabel, FormGroup, FormLabel, Stack } from '@mui/material';
import { useId } from 'react';
import type { Actor, User } from '../../../shared/model';
import { canViewCase, isConfidential } from '../../../shared/policy';
import type { IntakeControl } from './intake-form';
import { caseStaff } from './PeopleFields';

function handlers(staff: readonly User[], named: readonly string[]): string {
  const names = staff.filter((u) => u.active && u.role === 'complaints-manager' && !named.includes(u.id)).map((u) => u.name);
  return names.length > 0 ? `the complaints managers (${names.join(', ')})` : 'the complaints managers';
}

export function StaffConcernFields({ control, staff, actor }: { control: IntakeControl; staff: readonly User[]; actor: Actor }) {
  const labelId = useId();
  const [concernsStaff, named] = useWatch({ control, name: ['concernsStaff', 'namedStaffUserIds'] });
  const keepsSight = !recorderLosesSight(true, named, actor);
  return (
    <Stack spacing={1}>
      <Controller
        control={control}
        name="concernsStaff"
        render={({ field }) => (
          <FormControlLabel
            label="This complaint is about a member of staff"
            control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} inputRef={field.ref} />}
          />
        )}
      />
      {concernsStaff && (
        <>
          <Controller
            control={control}
            name="namedStaffUserIds"
            render={({ field, fieldState }) => (
              <FormControl component="fieldset" error={!!fieldState.error}>
                <FormLabel component="legend" id={labelId}>
                  Employees the complaint is about
                </FormLabel>
                <FormGroup aria-labelledby={labelId} row>
                  {caseStaff(staff).map((u) => (
                    <FormControlLabel
                      key={u.id}
                      label={u.name}
                      control={
                        <Checkbox
                          checked={field.value.includes(u.id)}
                          onChange={(_e, on) => field.onChange(on ? [...field.value, u.id] : field.value.filter((id) => id !== u.id))}
                        />
                      }
                    />
                  ))}
                </FormGroup>
              </FormControl>
            )}
          />
          <Alert severity="warning" role="note" aria-label="Confidential complaint">
            This complaint will be confidential as soon as it is saved. It will be handled by {handlers(staff, named)}, and no employee
            named in it will see it.{' '}
            {keepsSight
              ? 'As a complaints manager you will still see it.'
              : 'After saving you will see only that you recorded it, so files, requests and a first-contact resolution are left to the complaints manager.'}
          </Alert>
        </>
      )}
    </Stack>
  );
}

/** The recorder will not be able to open the case once saved, so cannot add to it either. */
export function recorderLosesSight(concernsStaff: boolean, named: readonly string[], actor: Actor): boolean {
  const facts = { concernsStaff, namedStaffUserIds: named, recordedById: actor.userId };
  return isConfidential(facts) && !canViewCase(actor, facts);
}
