// Settings (administrators only): the business calendar, the company details letters use, and the idle lock.
import { useLiveQuery } from 'dexie-react-hooks';
import { Stack, Typography } from '@mui/material';
import { db } from '../store/desk';
import { loadUnassignedReminderDays } from '../store/reminders';
import { loadRetentionYears } from '../store/settings/retention-years';
import { loadCustomerCount, loadPolicySettings } from '../store/settings/policy-calendar';
import { DEFAULT_OMBUDSMAN_SETTINGS } from '../../shared/policy';
import { OmbudsmanReturnsForm } from '../features/settings/OmbudsmanReturnsForm';
import { BackupsSection } from '../features/backup/BackupsSection';
import { accountsDb } from '../store/accounts/accounts-db';
import { loadIdleLockMinutes } from '../store/settings/idle-lock-setting';
import { loadOfferNames } from '../store/settings/name-list-setting';
import { CalendarSettingsForm } from '../features/settings/CalendarSettingsForm';
import { CompanyDetailsForm } from '../features/settings/CompanyDetailsForm';
import { IdleLockForm } from '../features/settings/IdleLockForm';
import { NameListForm } from '../features/settings/NameListForm';
import { RetentionForm } from '../features/settings/RetentionForm';
import { SettingsSection } from '../ui/SettingsSection';
import { UnassignedReminderForm } from '../features/settings/UnassignedReminderForm';
import { loadCompanyDetails } from '../store/settings/company-details';
import { LetterWordingForm } from '../features/letters/LetterWordingForm';
import { OfficeServerForm } from '../features/office-server/OfficeServerForm';

export function SettingsScreen() {
  // Read once: each form keeps what is typed until it is saved.
  const policy = useLiveQuery(() => loadPolicySettings(db), []);
  const company = useLiveQuery(() => loadCompanyDetails(db), []);
  const idleMinutes = useLiveQuery(() => loadIdleLockMinutes(accountsDb), []);
  const offerNames = useLiveQuery(() => loadOfferNames(accountsDb), []);
  const retentionYears = useLiveQuery(() => loadRetentionYears(db), []);
  const customerCount = useLiveQuery(() => loadCustomerCount(db), []);
  const unassignedDays = useLiveQuery(() => loadUnassignedReminderDays(db), []);

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
      <SettingsSection id="letter-wording-heading" title="Letter wording">
        <LetterWordingForm />
      </SettingsSection>
      <SettingsSection id="idle-lock-heading" title="Idle lock">
        {idleMinutes !== undefined && <IdleLockForm initial={idleMinutes} />}
      </SettingsSection>
      <SettingsSection id="sign-in-names-heading" title="Sign-in screen">
        {offerNames !== undefined && <NameListForm initial={offerNames} />}
      </SettingsSection>
      <SettingsSection id="reminders-setting-heading" title="Reminders">
        {unassignedDays !== undefined && <UnassignedReminderForm initial={unassignedDays} />}
      </SettingsSection>
      <SettingsSection id="retention-setting-heading" title="Retention of finished cases">
        {retentionYears !== undefined && <RetentionForm initial={retentionYears} />}
      </SettingsSection>
      <SettingsSection id="ombudsman-setting-heading" title="Energy Ombudsman and the complaints return">
        {policy && customerCount !== undefined && <OmbudsmanReturnsForm initial={{ ...(policy.ombudsman ?? DEFAULT_OMBUDSMAN_SETTINGS), customerCount }} />}
      </SettingsSection>
      <SettingsSection id="office-server-heading" title="Office server">
        <OfficeServerForm />
      </SettingsSection>
      <BackupsSection />
    </Stack>
  );
}
