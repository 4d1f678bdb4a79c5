// The app's places and who may go to each: case workers get the work list, administrators accounts and settings.
import type { Role } from '../../../shared/model';

export const CASE_WORKERS: readonly Role[] = ['agent', 'complaints-manager'];
export const ADMINISTRATORS: readonly Role[] = ['administrator'];

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
  return role === 'administrator' ? '/accounts' : '/';
}
