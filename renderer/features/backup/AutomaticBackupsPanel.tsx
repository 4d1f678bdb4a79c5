// Automatic backups in the desktop app: the folder (change it), how many to keep, and when the last one was made.
import { useEffect, useState } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, type BackupSettings } from '../../../shared/ipc-contract';
import type { BackupBridge } from '../../host/desktop-host';
import { formatDateTime } from '../../ui/en-gb-format';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

export function AutomaticBackupsPanel({ bridge }: { bridge: BackupBridge }) {
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [noKey, setNoKey] = useState<string | null>(null);
  const [keep, setKeep] = useState('');
  const [state, setState] = useState<SaveState>(null);
  useEffect(() => {
    void bridge.getDeskBackupKey().then((key) => setNoKey(key.available ? null : key.reason), (error: unknown) => setNoKey(error instanceof Error ? error.message : String(error)));
    void bridge.getBackupSettings().then((s) => {
      setSettings(s);
      setKeep(String(s.keep));
    });
  }, [bridge]);

  const act = async (run: () => Promise<BackupSettings | { cancelled: true }>, said: string) => {
    setState(null);
    try {
      const next = await run();
      if ('cancelled' in next) return;
      setSettings(next);
      setKeep(String(next.keep));
      setState({ saved: true, text: said });
    } catch (error) {
      setState({ saved: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const keepNumber = Number(keep);
  const keepValid = /^\d+$/.test(keep) && keepNumber >= MIN_BACKUPS_KEPT && keepNumber <= MAX_BACKUPS_KEPT;
  if (!settings) return null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 520 }} component="section" aria-labelledby="automatic-backups-heading">
      <Typography id="automatic-backups-heading" variant="subtitle1" component="h3">
        Automatic backups
      </Typography>
      <Typography variant="body2">
        Every day and whenever the app closes, the desk is backed up to <strong>{settings.folder}</strong>, encrypted with this computer’s desk backup key
        (kept by the system’s key store): such a backup is restored on this computer only; to move the desk, use “Back up now” with a passphrase.{' '}
        {settings.lastAutomaticAt ? `The last automatic backup was made on ${formatDateTime(settings.lastAutomaticAt)}.` : 'No automatic backup has been made yet.'}
      </Typography>
      {noKey && (
        <Alert severity="warning" role="alert">
          {noKey}
        </Alert>
      )}
      <Stack direction="row">
        <Button variant="outlined" onClick={() => void act(() => bridge.chooseBackupFolder(), 'Automatic backups now go to the folder chosen.')}>
          Change folder…
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} alignItems="flex-start">
        <TextField
          label="Automatic backups kept"
          value={keep}
          onChange={(e) => setKeep(e.target.value)}
          error={!keepValid}
          helperText={keepValid ? 'Older automatic backups are deleted; backups made with “Back up now” are never deleted' : `Give a whole number from ${MIN_BACKUPS_KEPT} to ${MAX_BACKUPS_KEPT}`}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <Button variant="contained" disabled={!keepValid} onClick={() => void act(() => bridge.setBackupsKept({ keep: keepNumber }), `The last ${keepNumber} automatic backups are kept.`)}>
          Save
        </Button>
      </Stack>
      <SavedNote state={state} />
    </Stack>
  );
}
