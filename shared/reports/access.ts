// Who may read the reports: complaints managers, who oversee every case (agents do not see confidential cases).
import type { Role } from '../model';

export const REPORT_READERS: readonly Role[] = ['complaints-manager'];
export const REPORTS_FOR_MANAGERS = 'Reports are for complaints managers: they cover every case, including confidential ones';

export function mayReadReports(role: Role): boolean {
  return REPORT_READERS.includes(role);
}
