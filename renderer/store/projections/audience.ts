// Who may see a case, as its row stores it: the policy's caseAudience copied onto the row, its index partition,
// and the one test every store query applies to a row (the policy's inAudience, never a restatement of it).
import { confidentialityFacts, type ComplaintCase, type Role } from '../../../shared/model';
import { CASE_AUDIENCE_ROLE_SETS, CASE_AUDIENCE_RULE, caseAudience, inAudience, type CaseAudience, type Viewer } from '../../../shared/policy';
import type { CaseRow } from '../schema/records';

/** The row's copy of the audience, and the edition of the rule that produced it. */
export type AudienceColumns = Pick<CaseRow, 'audience' | 'audienceRule' | 'viewerRoles' | 'viewerIds' | 'hiddenFrom' | 'hiddenFromRoles'>;

/** Marks the partitions whose rows keep someone out by id: their rows are tested one by one. */
const SCREENED = '!';

/**
 * The index partition of an audience: the roles it admits (its excluded roles taken out), and whether it excludes
 * anyone by id. Rows in an unscreened partition are seen by every user of its roles, so they can be counted unread.
 */
export function audienceKey(roles: readonly Role[], screened: boolean): string {
  return `${screened ? SCREENED : ''}${[...roles].sort().join(' ')}`;
}

export function audienceColumns(c: ComplaintCase): AudienceColumns {
  const audience = caseAudience(confidentialityFacts(c));
  const admitted = audience.roles.filter((role) => !audience.excludedRoles.includes(role));
  return {
    audience: audienceKey(admitted, audience.excludedUserIds.length > 0),
    audienceRule: CASE_AUDIENCE_RULE,
    viewerRoles: [...audience.roles],
    viewerIds: [...audience.userIds],
    hiddenFrom: [...audience.excludedUserIds],
    hiddenFromRoles: [...audience.excludedRoles],
  };
}

export function rowAudience(row: Pick<CaseRow, 'viewerRoles' | 'viewerIds' | 'hiddenFrom' | 'hiddenFromRoles'>): CaseAudience {
  return { roles: row.viewerRoles, userIds: row.viewerIds, excludedUserIds: row.hiddenFrom, excludedRoles: row.hiddenFromRoles };
}

/** The policy's own test, on the row's copy of the audience. */
export function canSeeRow(viewer: Viewer, row: CaseRow): boolean {
  return inAudience(viewer, rowAudience(row));
}

export interface AudiencePartition {
  key: string;
  /** Its rows may keep someone out by id: test each one. Unscreened, every row is the viewer's. */
  screened: boolean;
}

/**
 * The partitions holding the cases `viewer` may see by role; the cases they may see by id alone are found through
 * the viewerIds index (rowsNamingViewer). A viewer whose role no audience admits has none.
 */
export function partitionsOf(viewer: Viewer): AudiencePartition[] {
  return CASE_AUDIENCE_ROLE_SETS.filter((roles) => roles.includes(viewer.role)).flatMap((roles) => [
    { key: audienceKey(roles, false), screened: false },
    { key: audienceKey(roles, true), screened: true },
  ]);
}

/** Whether a row reached through the viewerIds index is already in one of the viewer's partitions. */
export function inPartitions(partitions: readonly AudiencePartition[], row: Pick<CaseRow, 'audience'>): boolean {
  return partitions.some((p) => p.key === row.audience);
}
