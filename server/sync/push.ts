// A push request: each change in order, each in its own savepoint, answered once per change id (replays get the first answer).
import type { Actor } from '../../shared/model';
import type { PushRequest, PushResponse, PushResult } from '../../shared/sync';
import { inSavepoint, type Tx } from '../db/transaction';
import { DisclosureRefused } from './audience';
import { pushCaseChange } from './push-case';

export const CHANGE_ID_TAKEN = 'This change id was already used for another change: send it again with a new id';
export const NOT_SAVED = 'The office server could not save this change (it would have broken a rule of the store): nothing was changed';

function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Constraint and permission errors become refusals of that one change; anything else fails the request. */
const REFUSABLE = new Set(['23505', '23503', '23514', '42501']);

export async function pushChanges(tx: Tx, request: PushRequest, actor: Actor, now: Date): Promise<PushResponse> {
  const results: PushResult[] = [];
  for (const change of request.changes) {
    const { rows } = await tx.query<{ result: PushResult }>('SELECT result FROM push_results WHERE change_id = $1', [change.changeId]);
    if (rows[0]) {
      results.push(rows[0].result);
      continue;
    }
    try {
      const result = await inSavepoint(
        tx,
        async () => {
          const answer = await pushCaseChange(tx, change, actor, now);
          if (answer.status === 'accepted') await tx.query('INSERT INTO push_results (change_id, user_id, result) VALUES ($1, $2, $3)', [change.changeId, actor.userId, answer]);
          return answer;
        },
        (answer) => answer.status === 'accepted',
      );
      results.push(result);
    } catch (error) {
      if (error instanceof DisclosureRefused) throw error;
      const code = pgCode(error);
      if (!code || !REFUSABLE.has(code)) throw error;
      const taken = code === '23505' && String((error as { constraint?: string }).constraint) === 'push_results_pkey';
      results.push({ changeId: change.changeId, status: 'refused', caseId: change.caseId, reasons: [taken ? CHANGE_ID_TAKEN : NOT_SAVED] });
    }
  }
  return { results };
}
