// "Back up now": the whole desk to one file, always encrypted with the passphrase asked for; progress while it is made.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Typography } from '@mui/material';
import { host } from '../../host/host';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { SavedNote, type SaveState } from '../../ui/SavedNote';
import { backUpNowSchema, MIN_PASSPHRASE_LENGTH, type BackUpNowValues } from './backup-schemas';
import { shownProgress, type ShownProgress } from './backup-progress';
import { ProgressLine } from './ProgressLine';
import { saveBackup } from './save-backup';

export function BackUpNowForm() {
  const [state, setState] = useState<SaveState>(null);
  const [progress, setProgress] = useState<ShownProgress | null>(null);
  const { control, handleSubmit, formState, reset } = useForm<BackUpNowValues>({
    resolver: zodResolver(backUpNowSchema),
    defaultValues: { passphrase: '', confirmPassphrase: '' },
  });
  const browser = host.kind === 'browser';

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    setState(null);
    try {
      const saved = await saveBackup(host, passphrase, (p) => setProgress(shownProgress(p)));
      reset();
      setState({ saved: true, text: `Backup of ${saved.cases.toLocaleString('en-GB')} cases saved as “${saved.fileName}” (encrypted with the passphrase) in ${saved.where}.` });
    } catch (error) {
      setState({ saved: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="back-up-now-heading">
      <Stack spacing={2} sx={{ maxWidth: 520 }}>
        <Typography id="back-up-now-heading" variant="subtitle1" component="h3">
          Back up now
        </Typography>
        <Typography variant="body2">
          The whole desk (every case, its timeline and its files, customers, staff and settings) goes into one file.
          {browser ? ' The browser downloads it; keep it somewhere safe, away from this computer.' : ''}
        </Typography>
        <FormTextField control={control} name="passphrase" type="password" label="Backup passphrase" required autoComplete="new-password" helperText={`At least ${MIN_PASSPHRASE_LENGTH} characters; the backup is encrypted with it and cannot be restored without it`} />
        <FormTextField control={control} name="confirmPassphrase" type="password" label="Passphrase again" required autoComplete="new-password" />
        <ProgressLine progress={progress} />
        <SavedNote state={state} />
        <Stack direction="row">
          <BusyButton busy={formState.isSubmitting} label={browser ? 'Download backup' : 'Back up now'} busyLabel="Making the backup…" />
        </Stack>
      </Stack>
    </form>
  );
}
