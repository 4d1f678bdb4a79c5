// Checks a case's timeline chain: numbering, links and hashes, and that nothing was cut off the end.
import type { TimelineEvent } from '../../../shared/model';
import { ANONYMISE_ACTION } from '../../../shared/policy/privacy/anonymise';
import type { ComplaintsDatabase } from '../db';
import { eventHash, GENESIS_HASH, type ChainHead } from './chain';
import { TIMELINE_PAGE_SIZE } from '../schema/records';
import { timelinePages } from './pages';

export type ChainCheck =
  | { ok: true; events: number; head: ChainHead | null }
  | { ok: false; events: number; brokenAtSeq: number; reason: string };

/** Pure check of events (in stored order) against the head the case row recorded. */
export function checkChain(caseId: string, events: readonly TimelineEvent[], recordedHead: ChainHead | null): ChainCheck {
  let prevHash = GENESIS_HASH;
  const broken = (seq: number, reason: string): ChainCheck => ({ ok: false, events: events.length, brokenAtSeq: seq, reason });
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq) return broken(expectedSeq, `Event ${expectedSeq} is missing: the timeline jumps to event ${event.seq}`);
    if (event.caseId !== caseId) return broken(event.seq, `Event ${event.seq} belongs to another case`);
    if (event.prevHash !== prevHash) {
      return broken(event.seq, `Event ${event.seq} does not follow event ${event.seq - 1}: the link between them is broken`);
    }
    const { hash, ...rest } = event;
    if (eventHash(rest) !== hash) return broken(event.seq, `Event ${event.seq} has been altered: its contents no longer match its hash`);
    const by = event.redaction && events[event.redaction.bySeq - 1];
    if (event.redaction && (!by || by.seq !== event.redaction.bySeq || by.action !== ANONYMISE_ACTION)) {
      return broken(event.seq, `Event ${event.seq} had its details removed, but no anonymisation of the case is recorded after it`);
    }
    prevHash = hash;
  }
  const last = events[events.length - 1];
  if (recordedHead && (!last || last.seq < recordedHead.seq)) {
    const from = (last?.seq ?? 0) + 1;
    return broken(from, `Events from ${from} to ${recordedHead.seq} are missing from the end of the timeline`);
  }
  if (recordedHead && last && (last.seq !== recordedHead.seq || last.hash !== recordedHead.hash)) {
    return broken(last.seq, `Event ${last.seq} does not match the last event the case recorded`);
  }
  return { ok: true, events: events.length, head: last ? { seq: last.seq, hash: last.hash } : null };
}

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
