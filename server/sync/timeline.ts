// Chains events after the case's head with the desk's own hash chain (shared/timeline): the service is the only chainer.
import { randomUUID } from 'node:crypto';
import type { TimelineEvent, TimelineEventDraft } from '../../shared/model';
import { chainEvents, type ChainHead } from '../../shared/timeline/chain';
import type { Tx } from '../db/transaction';
import type { AudienceColumns } from './audience';

export type EventDraft = TimelineEventDraft & { id?: string };

/** Numbers and chains `drafts` after `head` (null for a new case), keeping the ids the desk gave. */
export function chainAfter(head: ChainHead | null, drafts: readonly EventDraft[]): TimelineEvent[] {
  const ids = drafts.map((d) => d.id ?? randomUUID());
  let next = 0;
  const plain = drafts.map(({ caseId, at, actorId, action, summary, before, after }) => ({ caseId, at, actorId, action, summary, before, after }));
  return chainEvents(plain, head, () => ids[next++] ?? randomUUID());
}

/** The head recorded on a case row (null before its first event). */
export function headOfRow(row: { timeline_seq: number; timeline_hash: string }): ChainHead | null {
  return row.timeline_seq > 0 ? { seq: row.timeline_seq, hash: row.timeline_hash } : null;
}

export function headOf(events: readonly TimelineEvent[]): ChainHead | null {
  const last = events[events.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : null;
}

const EVENT_COLUMNS = 'case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles, change_seq';

/**
 * The events as one multi-row INSERT (one round trip whatever their number), each carrying the audience its case has
 * at that moment (migration 010: a foreign key refuses any other). `$1` is the change number; returns the SQL and values.
 */
function eventRows(events: readonly TimelineEvent[], audience: AudienceColumns, firstParam: number): { sql: string; values: unknown[] } {
  const p = (i: number) => `$${firstParam + i}`;
  const values = [
    events.map((e) => e.caseId),
    events.map((e) => e.seq),
    events.map((e) => e.id),
    events.map((e) => e.at),
    events.map((e) => e.actorId),
    events.map((e) => e.action),
    events.map((e) => e.summary),
    events.map((e) => JSON.stringify(e.before)),
    events.map((e) => JSON.stringify(e.after)),
    events.map((e) => e.prevHash),
    events.map((e) => e.hash),
    audience.audience_roles,
    audience.audience_user_ids,
    audience.excluded_user_ids,
    audience.excluded_roles,
  ];
  const sql = `SELECT e.case_id, e.seq, e.id, e.at, e.actor_id, e.action, e.summary, e.before, e.after, e.prev_hash, e.hash,
                      ${p(11)}::text[], ${p(12)}::text[], ${p(13)}::text[], ${p(14)}::text[]
                 FROM unnest(${p(0)}::text[], ${p(1)}::int[], ${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[], ${p(5)}::text[], ${p(6)}::text[],
                             ${p(7)}::jsonb[], ${p(8)}::jsonb[], ${p(9)}::text[], ${p(10)}::text[])
                      AS e(case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash)`;
  return { sql, values };
}

export async function insertEvents(tx: Tx, events: readonly TimelineEvent[], audience: AudienceColumns, seq: number): Promise<void> {
  if (events.length === 0) return;
  const rows = eventRows(events, audience, 2);
  await tx.query(`INSERT INTO timeline_events (${EVENT_COLUMNS}) SELECT r.*, $1::bigint FROM (${rows.sql}) r`, [seq, ...rows.values]);
}

/**
 * Appends after the case's recorded head and moves it, in the user's sight (call before a change that may hide the
 * case from them). The unique (case, previous hash) refuses a second event after the same head.
 */
export async function appendEvents(tx: Tx, caseId: string, head: ChainHead | null, drafts: readonly EventDraft[], audience: AudienceColumns, seq: number): Promise<TimelineEvent[]> {
  const events = chainAfter(head, drafts);
  await insertEvents(tx, events, audience, seq);
  const last = headOf(events);
  if (last) await moveHead(tx, caseId, last);
  return events;
}

async function moveHead(tx: Tx, caseId: string, head: ChainHead): Promise<void> {
  const { rowCount } = await tx.query('UPDATE cases SET timeline_seq = $2, timeline_hash = $3 WHERE id = $1', [caseId, head.seq, head.hash]);
  if (rowCount !== 1) throw new Error(`The timeline head of case ${caseId} could not be moved`);
}

/**
 * Takes the next change number and appends the events in one statement (one round trip), so the clock's row lock,
 * held to commit and shared by every write, is held for as little as possible. Returns the change number.
 */
export async function takeClockAndAppend(tx: Tx, caseId: string, head: ChainHead | null, drafts: readonly EventDraft[], audience: AudienceColumns): Promise<number> {
  const events = chainAfter(head, drafts);
  const last = headOf(events);
  if (!last) {
    const { rows } = await tx.query<{ seq: string }>('UPDATE sync_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq');
    return Number(rows[0]?.seq);
  }
  const rows = eventRows(events, audience, 5);
  const { rows: done } = await tx.query<{ seq: string; moved: string }>(
    `WITH clock AS (UPDATE sync_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq),
          added AS (INSERT INTO timeline_events (${EVENT_COLUMNS}) SELECT r.*, clock.seq FROM (${rows.sql}) r, clock RETURNING 1),
          head AS (UPDATE cases SET timeline_seq = $2, timeline_hash = $3 WHERE id = $1 AND $4 = (SELECT count(*) FROM added) RETURNING 1)
     SELECT (SELECT seq FROM clock) AS seq, (SELECT count(*) FROM head) AS moved`,
    [caseId, last.seq, last.hash, events.length, ...rows.values],
  );
  if (Number(done[0]?.moved) !== 1) throw new Error(`The timeline head of case ${caseId} could not be moved`);
  return Number(done[0]?.seq);
}
