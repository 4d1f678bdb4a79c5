// The audience columns the row-level policy reads, computed only by shared/policy's caseAudience, and the service's
// own second check of every case it is about to send.
import { confidentialityFacts, type ComplaintCase } from '../../shared/model';
import { canViewCase, caseAudience, type CaseAudience, type ConfidentialityFacts, type Viewer } from '../../shared/policy';

export interface AudienceColumns {
  audience_roles: string[];
  audience_user_ids: string[];
  excluded_user_ids: string[];
  excluded_roles: string[];
}

export function audienceOf(c: ComplaintCase): CaseAudience {
  return caseAudience(confidentialityFacts(c));
}

export function audienceColumns(audience: CaseAudience): AudienceColumns {
  return {
    audience_roles: [...audience.roles],
    audience_user_ids: [...audience.userIds],
    excluded_user_ids: [...audience.excludedUserIds],
    excluded_roles: [...audience.excludedRoles],
  };
}

export function audienceFromColumns(row: AudienceColumns): CaseAudience {
  return { roles: row.audience_roles as CaseAudience['roles'], userIds: row.audience_user_ids, excludedUserIds: row.excluded_user_ids, excludedRoles: row.excluded_roles as CaseAudience['excludedRoles'] };
}

/** The database let through a row the policy would not: a bug or a tampered row. Never sent; the request fails. */
export class DisclosureRefused extends Error {
  constructor(what: string) {
    super(`Row-level security and the policy disagree about ${what}: nothing was sent`);
  }
}

/** Throws unless the policy agrees that the viewer may see a case with these facts. */
export function assertMayView(viewer: Viewer, facts: ConfidentialityFacts, what: string): void {
  if (!canViewCase(viewer, facts)) throw new DisclosureRefused(what);
}
