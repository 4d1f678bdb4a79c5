// The business calendar: nation (its public holidays), business hours and company closure dates, saved to the store.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, MenuItem, Stack } from '@mui/material';
import type { PolicySettings } from '../../../shared/policy';
import { db } from '../../store/desk';
import { savePolicySettings } from '../../store/settings/policy-calendar';
import { FormTextField } from '../../ui/FormTextField';
import { calendarSettingsSchema, calendarValues, nationLabels, nations, policySettingsOf, type CalendarSettingsValues } from './calendar-settings-schema';
import { ClosureDatesField } from './ClosureDatesField';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

export function CalendarSettingsForm({ initial }: { initial: PolicySettings }) {
  const [state, setState] = useState<SaveState>(null);
  // Each save starts the closure date box afresh, so no error about a date typed earlier stays beside "saved".
  const [saves, setSaves] = useState(0);
  const { control, handleSubmit, formState, reset } = useForm<CalendarSettingsValues>({
    resolver: zodResolver(calendarSettingsSchema),
    defaultValues: calendarValues(initial),
  });

  const onSubmit = handleSubmit(async (values) => {
    setState(null);
    try {
      const settings = policySettingsOf(values);
      await savePolicySettings(db, settings);
      reset(calendarValues(settings));
      setSaves((n) => n + 1);
      setState({ saved: true, text: 'Business calendar saved. New deadlines use it.' });
    } catch (error) {
      setState({ saved: false, text: `The calendar was not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="calendar-heading">
      <Stack spacing={2}>
        <FormTextField control={control} name="nation" label="Nation" select required helperText="Public holidays differ between the UK nations" sx={{ maxWidth: 480 }}>
          {nations.map((nation) => (
            <MenuItem key={nation} value={nation}>
              {nationLabels[nation]}
            </MenuItem>
          ))}
        </FormTextField>
        <Stack direction="row" spacing={2} sx={{ maxWidth: 480 }}>
          <FormTextField control={control} name="opens" label="Opens" required placeholder="HH:mm" helperText="24-hour clock, like 09:00" />
          <FormTextField control={control} name="closes" label="Closes" required placeholder="HH:mm" helperText="24-hour clock, like 17:30" />
        </Stack>
        <Controller
          control={control}
          name="closures"
          render={({ field }) => <ClosureDatesField key={saves} value={field.value} onChange={field.onChange} />}
        />
        <FormTextField
          control={control}
          name="receivedWithinYears"
          label="Complaints received within (years)"
          required
          inputMode="numeric"
          helperText="A received date further back than this is refused as a mistake"
          sx={{ maxWidth: 480 }}
        />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save calendar
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
