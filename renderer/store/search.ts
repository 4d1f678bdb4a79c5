// Text search over case references, customer names and summaries, through the word index, for one viewer.
import { londonDate, seesNoCase, type Viewer } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { queryTerms } from './projections/words';
import { matchesFilter, type WorkQueueFilter } from './queries/plan';
import { canSeeRow } from './projections/audience';
import { listItemOf, type CaseListItem } from './queries/rows';
import type { CaseRow } from './schema/records';

export interface SearchPage {
  items: CaseListItem[];
  /** More matches follow: ask again with offset + limit. */
  more: boolean;
}

const MAX_SEARCH_PAGE = 100;

/**
 * Cases whose words start with every term typed ("smi gas" finds Smith's gas complaints; "JESQ-2026-000123",
 * "000123" or "123" find that reference), that `viewer` may see. The index is read from the longest term;
 * the others, the viewer and any `within` filter (a work-list tab) are tested on each row. Matches come in word
 * order.
 */
export async function searchCases(
  db: ComplaintsDatabase,
  text: string,
  viewer: Viewer,
  now: string,
  page: { limit?: number; offset?: number } = {},
  within?: WorkQueueFilter,
): Promise<SearchPage> {
  const terms = queryTerms(text);
  const driver = [...terms].sort((a, b) => b.length - a.length)[0];
  if (!driver || seesNoCase(viewer)) return { items: [], more: false };
  const limit = Math.min(Math.max(1, Math.floor(page.limit ?? 50)), MAX_SEARCH_PAGE);
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const want = offset + limit + 1;
  const today = londonDate(now);
  const matches = (row: CaseRow) =>
    canSeeRow(viewer, row) && terms.every((t) => (row.words ?? []).some((w) => w.startsWith(t))) && (within === undefined || matchesFilter(row, within, today));

  const rows = await db.transaction('r', db.caseRows, async () => {
    const range = () => db.caseRows.where('words').startsWith(driver);
    const probe = Math.ceil(want * 1.25) + 8;
    const first = await range().limit(probe).toArray();
    const distinct = [...new Map(first.filter(matches).map((row) => [row.caseId, row])).values()];
    if (distinct.length >= want || first.length < probe) return distinct;
    return range().distinct().filter(matches).limit(want).toArray();
  });
  return { items: rows.slice(offset, offset + limit).map((row) => listItemOf(row, today)), more: rows.length > offset + limit };
}
