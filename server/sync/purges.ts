// When a change alters who may see a case: a purge order for each user who loses it, a grant for each who gains it.
import type { CaseAudience } from '../../shared/policy';
import { inAudience } from '../../shared/policy';
import type { Role } from '../../shared/model';
import type { Tx } from '../db/transaction';

export async function orderPurges(
  tx: Tx,
  before: CaseAudience,
  after: CaseAudience,
  target: { caseId: string; customerId: string; createdSeq: number },
  seq: number,
): Promise<{ purged: number; granted: number }> {
  if (JSON.stringify(before) === JSON.stringify(after)) return { purged: 0, granted: 0 };
  const { rows } = await tx.query<{ id: string; role: Role }>('SELECT id, role FROM users');
  let purged = 0;
  let granted = 0;
  for (const u of rows) {
    const viewer = { userId: u.id, role: u.role };
    const was = inAudience(viewer, before);
    const is = inAudience(viewer, after);
    if (was && !is) {
      purged += 1;
      await tx.query('INSERT INTO purge_orders (user_id, case_id, customer_id, visible_from_seq, change_seq) VALUES ($1, $2, $3, $4, $5)', [
        u.id,
        target.caseId,
        target.customerId,
        target.createdSeq,
        seq,
      ]);
    } else if (!was && is) {
      granted += 1;
      await tx.query('INSERT INTO case_grants (user_id, case_id, change_seq) VALUES ($1, $2, $3)', [u.id, target.caseId, seq]);
    }
  }
  return { purged, granted };
}
