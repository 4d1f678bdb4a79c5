// The app's places and who may go to each: case workers get the work list, administrators accounts and settings.
import { roles, type Role } from '../../shared/model';
import { seesNoCase } from '../../shared/policy/confidentiality';

/** Everyone whose role sees cases (shared/policy/confidentiality.ts): agents, investigators, complaints managers. */
export const CASE_WORKERS: readonly Role[] = roles.filter((role) => !seesNoCase({ role }));
export const ADMINISTRATORS: readonly Role[] = ['administrator'];
/** The personal-data duties (shared/policy/privacy/duties.ts) are the complaints manager's. */
export const MANAGERS: readonly Role[] = ['complaints-manager'];

export interface Place {
  label: string;
  path: string;
  roles: readonly Role[];
  /** Places not built yet stay out of the navigation. */
  built: boolean;
  /** Active only on exactly this path (the work list at '/'). */
  end?: boolean;
}

export const places: readonly Place[] = [
  { label: 'Work list', path: '/', roles: CASE_WORKERS, built: true, end: true },
  { label: 'Reports', path: '/reports', roles: ['complaints-manager'], built: true },
  { label: 'Subject access', path: '/subject-access', roles: MANAGERS, built: true },
  { label: 'Retention review', path: '/retention', roles: MANAGERS, built: true },
  { label: 'Roles and access', path: '/roles-and-access', roles: MANAGERS, built: true },
  { label: 'Accounts', path: '/accounts', roles: ADMINISTRATORS, built: true },
  { label: 'Settings', path: '/settings', roles: ADMINISTRATORS, built: true },
];

/** Alt+N: Chromium keeps Ctrl+Shift+N (incognito window) for itself; Alt+N is free in Chromium and in the desktop app's menus. */
export const newComplaint = { label: 'New complaint', path: '/new', roles: CASE_WORKERS, shortcut: 'Alt+N', code: 'KeyN' } as const;

export function placesFor(role: Role): Place[] {
  return places.filter((p) => p.built && p.roles.includes(role));
}

export function mayRecordComplaints(role: Role): boolean {
  return newComplaint.roles.includes(role);
}

/** Where someone lands, and where a place they may not see sends them: administrators do not see cases. */
export function homeFor(role: Role): string {
  return seesNoCase({ role }) ? '/accounts' : '/';
}
