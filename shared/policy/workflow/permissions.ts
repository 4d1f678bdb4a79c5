// Who may work a case at all, before any particular action's rules: roles and confidentiality.
import { confidentialityFacts, type Actor, type ComplaintCase, type Role } from '../../model';
import { canViewCase, isConfidential } from '../confidentiality';

export const NOT_FOR_ADMINISTRATORS = 'Administrators manage accounts, not cases: a complaints manager or agent must do this';
export const CONFIDENTIAL_CASE = 'This case is confidential: only complaints managers and its investigator can work on it';

export function isManager(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'complaints-manager';
}

/** Roles that work cases at all. */
export function worksCases(role: Role): boolean {
  return role === 'agent' || role === 'investigator' || role === 'complaints-manager';
}

/** Why the actor may not work on this case at all, or null. */
export function cannotWorkCase(c: ComplaintCase, actor: Actor): string | null {
  if (!worksCases(actor.role)) return NOT_FOR_ADMINISTRATORS;
  if (!canViewCase(actor, confidentialityFacts(c))) return CONFIDENTIAL_CASE;
  return null;
}

/**
 * Why a member of staff cannot be the investigator or reviewer of this case, or null. The caller (the store)
 * passes the user record; the workflow itself checks the ids it is given against the case.
 */
export function cannotBeAssigned(c: ComplaintCase, candidate: { id: string; role: Role; active: boolean }, as: 'investigator' | 'reviewer'): string | null {
  if (!candidate.active) return `The ${as} must be an active member of staff`;
  if (!worksCases(candidate.role)) return `An administrator cannot be the ${as}`;
  if (c.namedStaffUserIds.includes(candidate.id)) return `The ${as} cannot be an employee named in the complaint`;
  if (as === 'reviewer' && candidate.id === c.investigatorId) return 'The reviewer must not be the investigator: the review must be independent';
  if (as === 'reviewer' && candidate.role !== 'complaints-manager' && isConfidential(c)) {
    return 'The reviewer of a complaint about staff must be a complaints manager';
  }
  return null;
}
