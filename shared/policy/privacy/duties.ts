// Who may carry out the personal-data duties: subject access, anonymisation, and setting the retention period.
import type { Actor } from '../../model';

/**
 * REQUIREMENTS sections 5 and 6. Decision: subject access and anonymisation are the complaints manager's, because
 * they cover every case of a customer, confidential ones included, and only managers may see all of those;
 * administrators set the retention period (a setting) but, seeing no cases, neither export nor anonymise.
 */
export const SUBJECT_ACCESS_FOR_MANAGERS = "Only a complaints manager can export everything held about a customer";
export const ANONYMISING_FOR_MANAGERS = 'Only a complaints manager can anonymise a case';
export const RETENTION_FOR_ADMINISTRATORS = 'Only an administrator can set how long closed cases are kept';

export function cannotExportSubjectAccess(actor: Pick<Actor, 'role'>): string | null {
  return actor.role === 'complaints-manager' ? null : SUBJECT_ACCESS_FOR_MANAGERS;
}

export function cannotAnonymise(actor: Pick<Actor, 'role'>): string | null {
  return actor.role === 'complaints-manager' ? null : ANONYMISING_FOR_MANAGERS;
}

export function cannotSetRetention(actor: Pick<Actor, 'role'>): string | null {
  return actor.role === 'administrator' ? null : RETENTION_FOR_ADMINISTRATORS;
}
