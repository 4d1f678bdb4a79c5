// The New complaint form: channel, customer, when it was received and what it is about.
import { useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { channelLabels, channels, newComplaintSchema, type NewComplaint } from './new-complaint-schema';
import { recordComplaint } from '../../store/cases';
import { db } from '../../store/desk';
import { toDateTimeLocalValue } from '../../ui/en-gb-format';
import { useSession } from '../sign-in/session';

export function NewComplaintScreen() {
  const navigate = useNavigate();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<NewComplaint>({
    resolver: zodResolver(newComplaintSchema),
    defaultValues: {
      channel: 'telephone',
      customerName: '',
      customerContact: '',
      receivedAt: toDateTimeLocalValue(new Date()),
      summary: '',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const contact = values.customerContact.trim();
      const saved = await recordComplaint(
        db,
        {
          customer: { details: { name: values.customerName, ...(contact.includes('@') ? { email: contact } : { phone: contact }) } },
          complaint: { channel: values.channel, receivedAt: new Date(values.receivedAt).toISOString(), takenById: actor.userId, nature: values.summary },
        },
        actor,
        new Date().toISOString(),
      );
      if (saved.ok) navigate(`/cases/${saved.case.id}`);
      else setSaveError(`The complaint was not saved: ${saved.missing.join('; ')}`);
    } catch (error) {
      setSaveError(`The complaint was not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  return (
    <Paper component="section" aria-labelledby="new-complaint-heading" sx={{ p: 3, maxWidth: 720 }}>
      <Typography id="new-complaint-heading" variant="h5" component="h1" gutterBottom>
        New complaint
      </Typography>
      <form onSubmit={onSubmit} noValidate>
        <Stack spacing={2}>
          <Controller
            name="channel"
            control={control}
            render={({ field, fieldState }) => (
              <TextField {...field} select label="Channel" error={!!fieldState.error} helperText={fieldState.error?.message}>
                {channels.map((channel) => (
                  <MenuItem key={channel} value={channel}>
                    {channelLabels[channel]}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            name="customerName"
            control={control}
            render={({ field, fieldState }) => (
              <TextField {...field} label="Customer name" required error={!!fieldState.error} helperText={fieldState.error?.message} />
            )}
          />
          <Controller
            name="customerContact"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="Customer contact"
                required
                error={!!fieldState.error}
                helperText={fieldState.error?.message ?? 'Phone number or email address'}
              />
            )}
          />
          <Controller
            name="receivedAt"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                type="datetime-local"
                label="Received at"
                required
                slotProps={{ inputLabel: { shrink: true } }}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              />
            )}
          />
          <Controller
            name="summary"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="Nature of the complaint"
                required
                multiline
                minRows={4}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              />
            )}
          />
          {saveError && <Alert severity="error">{saveError}</Alert>}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              Record complaint
            </Button>
            <Button onClick={() => navigate('/')}>Cancel</Button>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
