// The application: sign-in and the lock around the app shell, and the routes to each screen, guarded by role.
import { Navigate, Route, Routes } from 'react-router';
import { AccountsScreen } from './features/accounts/AccountsScreen';
import { AutomaticBackups } from './features/backup/AutomaticBackups';
import { DeskReplacedNotice } from './features/backup/DeskReplacedNotice';
import { RolesAndAccessScreen } from './features/duties/RolesAndAccessScreen';
import { CasePageScreen } from './screens/CasePageScreen';
import { CaseListScreen } from './features/cases/CaseListScreen';
import { NewComplaintScreen } from './features/intake/NewComplaintScreen';
import { RetentionReviewScreen } from './features/privacy/RetentionReviewScreen';
import { SubjectAccessScreen } from './features/privacy/SubjectAccessScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { AppShell } from './screens/AppShell';
import { ADMINISTRATORS, CASE_WORKERS, MANAGERS } from './ui/navigation';
import { RequireRole } from './features/shell/RequireRole';
import { SessionProvider } from './features/sign-in/SessionProvider';
import { REPORT_READERS } from '../shared/reports';

export function App() {
  // Automatic backups run whoever is signed in, and when no one is.
  return (
    <>
    <AutomaticBackups />
    <DeskReplacedNotice />
    <SessionProvider>
      <AppShell>
        <Routes>
          {/* Administrators manage accounts and settings, not cases: case routes send them to Accounts. */}
          <Route path="/" element={<RequireRole roles={CASE_WORKERS}><CaseListScreen /></RequireRole>} />
          <Route path="/new" element={<RequireRole roles={CASE_WORKERS}><NewComplaintScreen /></RequireRole>} />
          <Route path="/cases/:caseId" element={<RequireRole roles={CASE_WORKERS}><CasePageScreen /></RequireRole>} />
          <Route path="/reports" element={<RequireRole roles={REPORT_READERS}><ReportsScreen /></RequireRole>} />
          <Route path="/subject-access" element={<RequireRole roles={MANAGERS}><SubjectAccessScreen /></RequireRole>} />
          <Route path="/retention" element={<RequireRole roles={MANAGERS}><RetentionReviewScreen /></RequireRole>} />
          <Route path="/roles-and-access" element={<RequireRole roles={MANAGERS}><RolesAndAccessScreen /></RequireRole>} />
          <Route path="/accounts" element={<RequireRole roles={ADMINISTRATORS}><AccountsScreen /></RequireRole>} />
          <Route path="/settings" element={<RequireRole roles={ADMINISTRATORS}><SettingsScreen /></RequireRole>} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell>
    </SessionProvider>
    </>
  );
}
