// Which of the cases a desk holds the user may not see now: read as the user under row-level security, so a case
// hidden from them and a case that does not exist are answered alike (purge both).
import type { Tx } from '../db/transaction';

export async function casesToPurge(tx: Tx, caseIds: readonly string[]): Promise<string[]> {
  const named = [...new Set(caseIds)];
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM cases WHERE id = ANY($1::text[])', [named]);
  const visible = new Set(rows.map((r) => r.id));
  return named.filter((id) => !visible.has(id));
}
