// Company closure dates: type or pick a date (dd/MM/yyyy) and add it, or remove one; shown dd/MM/yyyy, earliest first.
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Box, Button, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { formatDate } from '../../ui/en-gb-format';
import { parseDayMonthYear } from '../../ui/en-gb-parse';
import { DatePickerField } from '../../ui/DatePickerField';

export interface ClosureDatesFieldProps {
  value: string[];
  onChange(closures: string[]): void;
}

export function ClosureDatesField({ value, onChange }: ClosureDatesFieldProps) {
  const schema = useMemo(
    () =>
      z.object({
        date: z
          .string()
          .trim()
          .min(1, 'Type the date the company is closed, like 29/12/2026')
          .transform((text, ctx) => {
            const day = parseDayMonthYear(text);
            if (!day) ctx.addIssue({ code: 'custom', message: 'Type a real date as dd/mm/yyyy, like 29/12/2026' });
            return day ?? '';
          })
          .refine((day) => !value.includes(day), 'That date is already a closure date'),
      }),
    [value],
  );
  const { control, handleSubmit, reset } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { date: '' },
  });
  // Not a form of its own (forms may not nest): the button and Enter in the date box add the date.
  const add = handleSubmit(({ date }) => {
    onChange([...value, date].sort());
    reset({ date: '' });
  });

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500 }}>
        Company closure dates
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Days the company is closed besides weekends and public holidays. Deadlines skip them.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', maxWidth: 480 }}>
        <DatePickerField control={control} name="date" label="Closure date" valueFormat="en-GB-date" onEnter={() => void add()} />
        <Button variant="outlined" onClick={() => void add()} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          Add closure date
        </Button>
      </Stack>
      {value.length === 0 ? (
        <Typography sx={{ mt: 1 }}>No closure dates.</Typography>
      ) : (
        <List dense aria-label="Company closure dates" sx={{ maxWidth: 480 }}>
          {value.map((date) => (
            <ListItem
              key={date}
              divider
              secondaryAction={
                <IconButton edge="end" aria-label={`Remove closure date ${formatDate(date)}`} onClick={() => onChange(value.filter((d) => d !== date))}>
                  <DeleteOutline aria-hidden />
                </IconButton>
              }
            >
              <ListItemText primary={formatDate(date)} />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
