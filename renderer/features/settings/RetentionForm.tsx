// How many years finished cases are kept before they may be anonymised (6 by default); administrators only.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Stack } from '@mui/material';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, retentionYears } from '../../../shared/policy/privacy/retention';
import { db } from '../../store/desk';
import { saveRetentionYears } from '../../store/settings/retention-years';
import { FormTextField } from '../../ui/FormTextField';
import { useSession } from '../../session/session';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

const range = `from ${MIN_RETENTION_YEARS} to ${MAX_RETENTION_YEARS}`;
const retentionSchema = z.object({
  years: z.string().trim().regex(/^\d+$/, `Give a whole number of years, ${range}`).transform(Number).pipe(retentionYears),
});

export function RetentionForm({ initial }: { initial: number }) {
  const { actor } = useSession();
  const [state, setState] = useState<SaveState>(null);
  const { control, handleSubmit, formState, reset } = useForm<z.input<typeof retentionSchema>, unknown, z.output<typeof retentionSchema>>({
    resolver: zodResolver(retentionSchema),
    defaultValues: { years: String(initial) },
  });

  const onSubmit = handleSubmit(async ({ years }) => {
    setState(null);
    try {
      const result = await saveRetentionYears(db, years, actor);
      if (!result.ok) return setState({ saved: false, text: `The retention period was not saved: ${result.missing.join(' ')}` });
      reset({ years: String(result.years) });
      setState({ saved: true, text: `Finished cases are now kept for ${result.years} year${result.years === 1 ? '' : 's'} before they may be anonymised.` });
    } catch (error) {
      setState({ saved: false, text: `The retention period was not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="retention-setting-heading">
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <FormTextField
          control={control}
          name="years"
          label="Keep finished cases for (years)"
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          helperText={`After this many years from the day a case ended, a complaints manager may anonymise it (${range} years)`}
        />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save retention period
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
