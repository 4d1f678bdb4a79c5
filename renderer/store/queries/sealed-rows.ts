// The confidential rows this viewer's session can open, for what the indexes cannot answer over sealed rows
// (search words, a customer's cases): the sealed fields are read from the session's memory after the first time.
import type { Viewer } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../db';
import type { CaseRow } from '../schema/records';
import { maxKey, MIN } from './keys';
import { canSeeRow } from './rows';

/** Call inside a transaction over caseRows. Only rows the middleware opened (those with a reference of their own). */
export async function sealedRowsFor(db: ComplaintsDatabase, viewer: Viewer): Promise<CaseRow[]> {
  if (viewer.role === 'administrator') return [];
  const rows =
    viewer.role === 'complaints-manager'
      ? await db.caseRows.where('[confidential+dueSort+reference]').between([1, MIN, MIN], [1, maxKey(), maxKey()]).toArray()
      : await db.caseRows.where('viewerIds').equals(viewer.userId).toArray();
  return rows.filter((row) => row.sortReference !== undefined && canSeeRow(viewer, row));
}
