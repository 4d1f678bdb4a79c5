// Chooses the report's period: first and last dates typed or picked (dd/mm/yyyy), or a quick pick (this month, last month…).
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Stack } from '@mui/material';
import { quickPeriod, quickPeriodKinds, quickPeriodLabels, type ReportPeriod } from '../../../shared/reports';
import { DatePickerField } from '../../ui/DatePickerField';
import { formValuesOf, periodForm, type PeriodFormValues } from './period-form';

export interface ReportPeriodFormProps {
  period: ReportPeriod;
  /** Today's London date, for the quick picks. */
  today: string;
  onChange(period: ReportPeriod): void;
}

export function ReportPeriodForm({ period, today, onChange }: ReportPeriodFormProps) {
  const { control, handleSubmit, reset } = useForm<PeriodFormValues, unknown, ReportPeriod>({
    resolver: zodResolver(periodForm),
    defaultValues: formValuesOf(period),
  });
  // A quick pick changes the period from outside the form: show its dates in the fields.
  useEffect(() => reset(formValuesOf(period)), [period, reset]);

  return (
    <Stack component="form" noValidate aria-label="Report period" onSubmit={handleSubmit(onChange)} spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems="flex-start">
        <DatePickerField control={control} name="from" label="From" valueFormat="en-GB-date" required helperText="Received on or after" />
        <DatePickerField control={control} name="to" label="To" valueFormat="en-GB-date" required helperText="Received on or before" />
        {/* The date fields take the room left, never the button's: it keeps to one line. */}
        <Button type="submit" variant="contained" sx={{ mt: 1, whiteSpace: 'nowrap', flexShrink: 0 }}>
          Show report
        </Button>
      </Stack>
      <ButtonGroup variant="outlined" aria-label="Quick periods">
        {quickPeriodKinds.map((kind) => (
          <Button key={kind} onClick={() => onChange(quickPeriod(kind, today))}>
            {quickPeriodLabels[kind]}
          </Button>
        ))}
      </ButtonGroup>
    </Stack>
  );
}
