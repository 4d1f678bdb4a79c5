// The Backups card on the Settings screen: back up now, automatic backups (desktop app), restore, undo a restore.
import { Divider, Stack, Typography } from '@mui/material';
import { host } from '../../host/host';
import { SettingsSection } from '../../ui/SettingsSection';
import { AutomaticBackupsPanel } from './AutomaticBackupsPanel';
import { BackUpNowForm } from './BackUpNowForm';
import { RestoreBackupForm } from './RestoreBackupForm';
import { SwitchBackForm, useDeskBeforeRestore } from './SwitchBackForm';

export function BackupsSection() {
  const deskBeforeRestore = useDeskBeforeRestore();
  return (
    <SettingsSection id="backups-heading" title="Backups">
      <Stack spacing={3} divider={<Divider flexItem />}>
        <BackUpNowForm />
        {host.backups && <AutomaticBackupsPanel bridge={host.backups} />}
        {!host.backups && (
          <Typography variant="body2">
            In the browser, backups are downloads made on demand. The desktop app also backs up automatically, every day and when it closes, to a folder you choose.
          </Typography>
        )}
        <RestoreBackupForm />
        {deskBeforeRestore && <SwitchBackForm existing={deskBeforeRestore} />}
      </Stack>
    </SettingsSection>
  );
}
