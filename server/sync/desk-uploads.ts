// An upload request: a complaints manager's desk sends its own cases, each in its own savepoint, each answered once
// per change id (a desk that resumes after a closed tab gets the first answer again, never a second case).
import type { Actor } from '../../shared/model';
import { ONLY_MANAGERS_UPLOAD, type DeskUploadRequest, type DeskUploadResponse, type DeskUploadResult } from '../../shared/sync';
import { inSavepoint, type Tx } from '../db/transaction';
import { forbidden } from '../http-errors';
import { accountMatch, uploadDeskCase } from './desk-upload';
import { CHANGE_ID_TAKEN, NOT_SAVED } from './push';

const REFUSABLE = new Set(['23505', '23503', '23514', '42501']);

export async function uploadDeskCases(tx: Tx, request: DeskUploadRequest, actor: Actor, now: Date): Promise<DeskUploadResponse> {
  // Managers may read every case a desk can hold (a complaint about staff too) and row-level security lets them write it.
  if (actor.role !== 'complaints-manager') throw forbidden(ONLY_MANAGERS_UPLOAD);
  const accounts = accountMatch(request.accounts);
  const results: DeskUploadResult[] = [];
  for (const item of request.cases) {
    const { rows } = await tx.query<{ result: DeskUploadResult }>('SELECT result FROM push_results WHERE change_id = $1', [item.changeId]);
    if (rows[0]) {
      results.push(rows[0].result);
      continue;
    }
    try {
      results.push(
        await inSavepoint(
          tx,
          async () => {
            const answer = await uploadDeskCase(tx, item, accounts, actor, now);
            if (answer.status === 'accepted') await tx.query('INSERT INTO push_results (change_id, user_id, result) VALUES ($1, $2, $3)', [item.changeId, actor.userId, answer]);
            return answer;
          },
          (answer) => answer.status === 'accepted',
        ),
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !REFUSABLE.has(code)) throw error;
      const taken = code === '23505' && (error as { constraint?: string }).constraint === 'push_results_pkey';
      results.push({ changeId: item.changeId, status: 'refused', caseId: item.case.id, reasons: [taken ? CHANGE_ID_TAKEN : NOT_SAVED] });
    }
  }
  return { results };
}
