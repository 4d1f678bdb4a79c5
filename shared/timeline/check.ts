// Checks a case's timeline chain: numbering, links and hashes, and that nothing was cut off the end (desk and server alike).
import type { TimelineEvent } from '../model';
import { ANONYMISE_ACTION } from '../policy/privacy/anonymise';
import { eventHash, GENESIS_HASH, type ChainHead } from './chain';

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
