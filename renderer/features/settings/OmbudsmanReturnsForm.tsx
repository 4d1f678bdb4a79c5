// The Energy Ombudsman's timetable (months to refer, days for evidence) and the customer count the return divides by.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Stack } from '@mui/material';
import { DEFAULT_OMBUDSMAN_SETTINGS } from '../../../shared/policy';
import { db } from '../../store/desk';
import { loadPolicySettings, saveCustomerCount, savePolicySettings } from '../../store/settings/policy-calendar';
import { FormTextField } from '../../ui/FormTextField';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

const whole = (label: string, max: number) =>
  z.string().trim().regex(/^\d+$/, `${label} must be a whole number`).transform(Number).pipe(z.number().int().min(1, `${label} must be at least 1`).max(max, `${label} must be at most ${max}`));

const schema = z.object({
  referralWindowMonths: whole('Months to refer', 120),
  evidenceDueCalendarDays: whole('Days for the evidence', 365),
  customerCount: z.string().trim().refine((v) => v === '' || /^\d+$/.test(v), 'Customers must be a whole number, or blank').transform((v) => (v === '' ? null : Number(v))),
});

export interface OmbudsmanReturnsValues {
  referralWindowMonths: number;
  evidenceDueCalendarDays: number;
  customerCount: number | null;
}

export function OmbudsmanReturnsForm({ initial }: { initial: OmbudsmanReturnsValues }) {
  const [state, setState] = useState<SaveState>(null);
  const { control, handleSubmit, formState } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { referralWindowMonths: String(initial.referralWindowMonths), evidenceDueCalendarDays: String(initial.evidenceDueCalendarDays), customerCount: initial.customerCount === null ? '' : String(initial.customerCount) },
  });
  const onSubmit = handleSubmit(async (v) => {
    setState(null);
    try {
      const policy = await loadPolicySettings(db);
      await savePolicySettings(db, { ...policy, ombudsman: { referralWindowMonths: v.referralWindowMonths, evidenceDueCalendarDays: v.evidenceDueCalendarDays } });
      await saveCustomerCount(db, v.customerCount === 0 ? null : v.customerCount);
      setState({ saved: true, text: `Customers may refer for ${v.referralWindowMonths} months; evidence is due ${v.evidenceDueCalendarDays} days after the Ombudsman asks.` });
    } catch (error) {
      setState({ saved: false, text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="ombudsman-setting-heading">
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <FormTextField control={control} name="referralWindowMonths" label="Months to refer to the Ombudsman" required helperText={`After the deadlock letter, or the 8-week date without one (${DEFAULT_OMBUDSMAN_SETTINGS.referralWindowMonths} by default)`} />
        <FormTextField control={control} name="evidenceDueCalendarDays" label="Days to send the Ombudsman our evidence" required helperText={`Calendar days after it asks (${DEFAULT_OMBUDSMAN_SETTINGS.evidenceDueCalendarDays} by default)`} />
        <FormTextField control={control} name="customerCount" label="Number of customers" helperText="For complaints per 1,000 customers in the complaints return" />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save Ombudsman and return settings
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
