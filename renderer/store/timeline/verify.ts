// Checks a case's timeline chain: numbering, links and hashes, and that nothing was cut off the end.
import { checkChain, type ChainCheck } from '../../../shared/timeline/check';
import type { ComplaintsDatabase } from '../db';
import { TIMELINE_PAGE_SIZE } from '../schema/records';
import { timelinePages } from './pages';

// The pure check lives in shared/timeline, where the office server checks a joining desk's chains with it.
export { checkChain, type ChainCheck };

/** Verifies one case's chain in one read transaction. Reveals no content, so it needs no viewer. */
export async function verifyTimeline(db: ComplaintsDatabase, caseId: string): Promise<ChainCheck> {
  return db.transaction('r', db.timeline, db.caseRows, async () => {
    const [pages, row] = await Promise.all([timelinePages(db, caseId), db.caseRows.get(caseId)]);
    const misplaced = pages.find((p, i) => p.page !== i || p.events.some((e) => Math.floor((e.seq - 1) / TIMELINE_PAGE_SIZE) !== p.page));
    const events = pages.flatMap((p) => p.events);
    const check = checkChain(caseId, events, row ? { seq: row.timelineSeq, hash: row.timelineHash } : null);
    if (check.ok && misplaced) return { ok: false, events: events.length, brokenAtSeq: misplaced.page * TIMELINE_PAGE_SIZE + 1, reason: `Page ${misplaced.page + 1} of the timeline is out of place` };
    return check;
  });
}
