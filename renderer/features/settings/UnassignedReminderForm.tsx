// After how many days a case still without an investigator is put in the complaints managers' reminders (3 by default).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Stack } from '@mui/material';
import { MAX_UNASSIGNED_REMINDER_DAYS, MIN_UNASSIGNED_REMINDER_DAYS } from '../../../shared/policy';
import { db } from '../../store/desk';
import { saveUnassignedReminderDays } from '../../store/reminders';
import { FormTextField } from '../../ui/FormTextField';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

const range = `from ${MIN_UNASSIGNED_REMINDER_DAYS} to ${MAX_UNASSIGNED_REMINDER_DAYS}`;
const unassignedSchema = z.object({
  days: z
    .string()
    .trim()
    .regex(/^\d+$/, `Give a whole number of days, ${range}`)
    .transform(Number)
    .pipe(z.number().min(MIN_UNASSIGNED_REMINDER_DAYS, `Give a number of days ${range}`).max(MAX_UNASSIGNED_REMINDER_DAYS, `Give a number of days ${range}`)),
});

export function UnassignedReminderForm({ initial }: { initial: number }) {
  const [state, setState] = useState<SaveState>(null);
  const { control, handleSubmit, formState, reset } = useForm<z.input<typeof unassignedSchema>, unknown, z.output<typeof unassignedSchema>>({
    resolver: zodResolver(unassignedSchema),
    defaultValues: { days: String(initial) },
  });

  const onSubmit = handleSubmit(async ({ days }) => {
    setState(null);
    try {
      await saveUnassignedReminderDays(db, days);
      reset({ days: String(days) });
      setState({ saved: true, text: `Complaints managers are now reminded of a case with no investigator ${days} day${days === 1 ? '' : 's'} after it was received.` });
    } catch (error) {
      setState({ saved: false, text: `The reminder was not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reminders-setting-heading">
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <FormTextField
          control={control}
          name="days"
          label="Remind managers of a case with no investigator after (days)"
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          helperText={`Calendar days from when the complaint was received (${range})`}
        />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save reminder
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
