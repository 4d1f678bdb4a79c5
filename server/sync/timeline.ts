// Chains events after the case's head with the desk's own hash chain (shared/timeline): the service is the only chainer.
import { randomUUID } from 'node:crypto';
import type { TimelineEvent, TimelineEventDraft } from '../../shared/model';
import { chainEvents, type ChainHead } from '../../shared/timeline/chain';
import type { Tx } from '../db/transaction';

/** Appends `drafts` after `head` (null for a new case), keeping ids given; moves the case's recorded head. */
export async function appendEvents(
  tx: Tx,
  caseId: string,
  head: ChainHead | null,
  drafts: readonly (TimelineEventDraft & { id?: string })[],
  seq: number,
): Promise<TimelineEvent[]> {
  const ids = drafts.map((d) => d.id ?? randomUUID());
  let next = 0;
  const plain = drafts.map(({ caseId: c, at, actorId, action, summary, before, after }) => ({ caseId: c, at, actorId, action, summary, before, after }));
  const events = chainEvents(plain, head, () => ids[next++] ?? randomUUID());
  for (const e of events) {
    await tx.query(
      `INSERT INTO timeline_events (case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, change_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [e.caseId, e.seq, e.id, e.at, e.actorId, e.action, e.summary, JSON.stringify(e.before), JSON.stringify(e.after), e.prevHash, e.hash, seq],
    );
  }
  const last = events[events.length - 1];
  if (last) await tx.query('UPDATE cases SET timeline_seq = $2, timeline_hash = $3 WHERE id = $1', [caseId, last.seq, last.hash]);
  return events;
}
