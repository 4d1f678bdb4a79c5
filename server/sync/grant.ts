// A reader of a complaint about staff gives its key to others the policy lets read it: the case's sealed form is
// replaced by one carrying their wraps (the service cannot make them: it never holds a reader's key), and the
// version moves on so that a desk still sending the old sealed form is told of the change and re-runs its action.
import { confidentialityFacts, type Role } from '../../shared/model';
import { caseAudience, inAudience } from '../../shared/policy';
import { NO_SUCH_CASE_ON_SERVER, type PushChange, type PushResult } from '../../shared/sync';
import { nextChangeSeq, type Tx } from '../db/transaction';
import { audienceRecord, updateCase, type CaseRow } from './case-rows';

export const notAReader = (readerId: string) => `The complaint’s key cannot be given to ${readerId}: the policy does not let them read it`;

export async function grant(
  tx: Tx,
  change: PushChange & { body: { type: 'grant' } },
  visibleCase: (change: PushChange) => Promise<CaseRow | null>,
): Promise<PushResult> {
  const row = await visibleCase(change);
  if (!row) return { changeId: change.changeId, status: 'refused', caseId: change.caseId, reasons: [NO_SUCH_CASE_ON_SERVER] };
  if (row.version !== change.baseVersion) return { changeId: change.changeId, status: 'conflict', caseId: row.id, case: row.record, audience: audienceRecord(row) };
  const audience = caseAudience(confidentialityFacts(row.record));
  const { rows } = await tx.query<{ id: string; role: Role; active: boolean }>('SELECT id, role, active FROM users WHERE id = ANY($1)', [change.body.readerIds]);
  const found = new Map(rows.map((r) => [r.id, r]));
  const refusedReaders = change.body.readerIds.filter((id) => {
    const reader = found.get(id);
    return !reader?.active || !inAudience({ userId: reader.id, role: reader.role }, audience);
  });
  if (refusedReaders.length > 0) return { changeId: change.changeId, status: 'refused', caseId: row.id, reasons: refusedReaders.map(notAReader) };
  const next = { ...row.record, version: row.version + 1 };
  await updateCase(tx, next, await nextChangeSeq(tx), change.sealed);
  return { changeId: change.changeId, status: 'accepted', caseId: row.id, version: next.version, reference: next.reference };
}
