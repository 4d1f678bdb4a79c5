// Chains events after the case's head with the desk's own hash chain (shared/timeline): the service is the only chainer.
import { randomUUID } from 'node:crypto';
import type { TimelineEvent, TimelineEventDraft } from '../../shared/model';
import { chainEvents, type ChainHead } from '../../shared/timeline/chain';
import type { Tx } from '../db/transaction';

export type EventDraft = TimelineEventDraft & { id?: string };

/** Numbers and chains `drafts` after `head` (null for a new case), keeping the ids the desk gave. */
export function chainAfter(head: ChainHead | null, drafts: readonly EventDraft[]): TimelineEvent[] {
  const ids = drafts.map((d) => d.id ?? randomUUID());
  let next = 0;
  const plain = drafts.map(({ caseId, at, actorId, action, summary, before, after }) => ({ caseId, at, actorId, action, summary, before, after }));
  return chainEvents(plain, head, () => ids[next++] ?? randomUUID());
}

export function headOf(events: readonly TimelineEvent[]): ChainHead | null {
  const last = events[events.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : null;
}

export async function insertEvents(tx: Tx, events: readonly TimelineEvent[], seq: number): Promise<void> {
  for (const e of events) {
    await tx.query(
      `INSERT INTO timeline_events (case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, change_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [e.caseId, e.seq, e.id, e.at, e.actorId, e.action, e.summary, JSON.stringify(e.before), JSON.stringify(e.after), e.prevHash, e.hash, seq],
    );
  }
}

/**
 * Appends after the case's recorded head and moves it, in the user's sight (call before a change that may hide the
 * case from them). The unique (case, previous hash) refuses a second event after the same head.
 */
export async function appendEvents(tx: Tx, caseId: string, head: ChainHead | null, drafts: readonly EventDraft[], seq: number): Promise<TimelineEvent[]> {
  const events = chainAfter(head, drafts);
  await insertEvents(tx, events, seq);
  const last = headOf(events);
  if (last) {
    const { rowCount } = await tx.query('UPDATE cases SET timeline_seq = $2, timeline_hash = $3 WHERE id = $1', [caseId, last.seq, last.hash]);
    if (rowCount !== 1) throw new Error(`The timeline head of case ${caseId} could not be moved`);
  }
  return events;
}
