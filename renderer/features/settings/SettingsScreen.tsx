// Settings (administrators only): the business calendar, the company details letters use, and the idle lock.
import { useLiveQuery } from 'dexie-react-hooks';
import { Stack, Typography } from '@mui/material';
import { db } from '../../store/desk';
import { loadPolicySettings } from '../../store/settings';
import { BackupsSection } from '../backup/BackupsSection';
import { accountsDb } from '../sign-in/accounts-db';
import { loadIdleLockMinutes } from '../sign-in/idle-lock-setting';
import { CalendarSettingsForm } from './CalendarSettingsForm';
import { CompanyDetailsForm } from './CompanyDetailsForm';
import { IdleLockForm } from './IdleLockForm';
import { SettingsSection } from './SettingsSection';
import { loadCompanyDetails } from './company-details';

export function SettingsScreen() {
  // Read once: each form keeps what is typed until it is saved.
  const policy = useLiveQuery(() => loadPolicySettings(db), []);
  const company = useLiveQuery(() => loadCompanyDetails(db), []);
  const idleMinutes = useLiveQuery(() => loadIdleLockMinutes(accountsDb), []);

  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">
        Settings
      </Typography>
      <SettingsSection id="calendar-heading" title="Business calendar">
        {policy && <CalendarSettingsForm initial={policy} />}
      </SettingsSection>
      <SettingsSection id="company-heading" title="Company details">
        {company && <CompanyDetailsForm initial={company} />}
      </SettingsSection>
      <SettingsSection id="idle-lock-heading" title="Idle lock">
        {idleMinutes !== undefined && <IdleLockForm initial={idleMinutes} />}
      </SettingsSection>
      <BackupsSection />
    </Stack>
  );
}
