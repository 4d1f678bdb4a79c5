// The whole timeline of cases a desk asks for by id: a desk that held a complaint about staff only as ciphertext
// (its user's wrap of the key came later) had nowhere to put its events, and asks for them once it can open it.
import { confidentialityFacts, type ComplaintCase, type JsonValue, type TimelineEvent } from '../../shared/model';
import type { Viewer } from '../../shared/policy';
import type { Tx } from '../db/transaction';
import { assertMayView } from './audience';

/** Events of the cases the viewer may see (row-level security hides the others: they are simply not answered). */
export async function caseHistories(tx: Tx, viewer: Viewer, caseIds: string[]): Promise<TimelineEvent[]> {
  const { rows: cases } = await tx.query<{ id: string; record: ComplaintCase }>('SELECT id, record FROM cases WHERE id = ANY($1)', [caseIds]);
  for (const c of cases) assertMayView(viewer, confidentialityFacts(c.record), `case ${c.id}`);
  const { rows } = await tx.query<Record<string, unknown>>('SELECT * FROM timeline_events WHERE case_id = ANY($1) ORDER BY case_id, seq', [cases.map((c) => c.id)]);
  return rows.map((row) => {
    const redaction = row.redaction as TimelineEvent['redaction'] | null;
    return {
      id: String(row.id),
      caseId: String(row.case_id),
      seq: Number(row.seq),
      at: String(row.at),
      actorId: String(row.actor_id),
      action: String(row.action),
      summary: String(row.summary),
      before: row.before as JsonValue,
      after: row.after as JsonValue,
      prevHash: String(row.prev_hash),
      hash: String(row.hash),
      ...(redaction ? { redaction } : {}),
    };
  });
}
