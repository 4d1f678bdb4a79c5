// How many idle minutes before the desk locks itself (10 by default).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Stack } from '@mui/material';
import { FormTextField } from '../../ui/FormTextField';
import { accountsDb } from '../../store/accounts/accounts-db';
import { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, saveIdleLockMinutes } from '../../store/settings/idle-lock-setting';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

const range = `from ${MIN_IDLE_LOCK_MINUTES} to ${MAX_IDLE_LOCK_MINUTES}`;
const idleLockSchema = z.object({
  minutes: z
    .string()
    .trim()
    .regex(/^\d+$/, `Give a whole number of minutes, ${range}`)
    .transform(Number)
    .pipe(z.number().min(MIN_IDLE_LOCK_MINUTES, `Give a number ${range}`).max(MAX_IDLE_LOCK_MINUTES, `Give a number ${range}`)),
});

export function IdleLockForm({ initial }: { initial: number }) {
  const [state, setState] = useState<SaveState>(null);
  const { control, handleSubmit, formState, reset } = useForm<z.input<typeof idleLockSchema>, unknown, z.output<typeof idleLockSchema>>({
    resolver: zodResolver(idleLockSchema),
    defaultValues: { minutes: String(initial) },
  });

  const onSubmit = handleSubmit(async ({ minutes }) => {
    setState(null);
    try {
      await saveIdleLockMinutes(accountsDb, minutes);
      reset({ minutes: String(minutes) });
      setState({ saved: true, text: `The desk now locks after ${minutes} idle minute${minutes === 1 ? '' : 's'}.` });
    } catch (error) {
      setState({ saved: false, text: `The idle lock was not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="idle-lock-heading">
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <FormTextField
          control={control}
          name="minutes"
          label="Lock after idle minutes"
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          helperText={`The desk locks when no one has used it for this long (${range} minutes); the password opens it again`}
        />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save idle lock
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
