// The confidential rows this viewer's session can open, for what the indexes cannot answer over sealed rows
// (search words, a customer's cases): the sealed fields are read from the session's memory after the first time.
import { CONFIDENTIAL_CASE_ROLES, seesNoCase, type Viewer } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../db';
import { audienceKey, canSeeRow } from '../projections/audience';
import type { CaseRow } from '../schema/records';
import { maxKey, MIN } from './keys';

/** Call inside a transaction over caseRows. Only rows the middleware opened (those with a sort token of their own). */
export async function sealedRowsFor(db: ComplaintsDatabase, viewer: Viewer): Promise<CaseRow[]> {
  if (seesNoCase(viewer)) return [];
  const partitions = CONFIDENTIAL_CASE_ROLES.includes(viewer.role) ? [false, true].map((screened) => audienceKey(CONFIDENTIAL_CASE_ROLES, screened)) : [];
  const byRole = await Promise.all(
    partitions.map((key) => db.caseRows.where('[audience+dueSort+reference]').between([key, MIN, MIN], [key, maxKey(), maxKey()]).toArray()),
  );
  const byId = await db.caseRows.where('viewerIds').equals(viewer.userId).toArray();
  const seen = new Set<string>();
  return [...byRole.flat(), ...byId].filter((row) => row.sortReference !== undefined && canSeeRow(viewer, row) && !seen.has(row.caseId) && seen.add(row.caseId));
}
