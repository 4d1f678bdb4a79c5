// Reading and writing case rows: the record, its audience columns (from caseAudience) and the chain's head.
import { complaintCaseShape, type ComplaintCase } from '../../shared/model';
import type { CaseAudienceRecord } from '../../shared/sync';
import type { ChainHead } from '../../shared/timeline/chain';
import type { Tx } from '../db/transaction';
import { audienceColumns, audienceFromColumns, audienceOf, type AudienceColumns } from './audience';

export interface CaseRow extends AudienceColumns {
  id: string;
  reference: string;
  version: number;
  customer_id: string;
  record: ComplaintCase;
  recorded_by: string;
  created_seq: string;
  timeline_seq: number;
  timeline_hash: string;
}

/** The case as the user may see it, locked for the change (row-level security hides the rest: null). */
export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow | null> {
  const { rows } = await tx.query<CaseRow>('SELECT * FROM cases WHERE id = $1 FOR UPDATE', [caseId]);
  return rows[0] ?? null;
}

export function audienceRecord(row: AudienceColumns): CaseAudienceRecord {
  const a = audienceFromColumns(row);
  return { roles: [...a.roles], userIds: [...a.userIds], excludedUserIds: [...a.excludedUserIds], excludedRoles: [...a.excludedRoles] };
}

/** A new case with its chain's head already set (the recorder may not be able to see it once written). */
export async function insertCase(tx: Tx, c: ComplaintCase, seq: number, sealed: unknown, head: ChainHead | null): Promise<void> {
  const record = complaintCaseShape.parse(c);
  const a = audienceColumns(audienceOf(record));
  await tx.query(
    `INSERT INTO cases (id, reference, version, customer_id, record, sealed, recorded_by, audience_roles, audience_user_ids,
                        excluded_user_ids, excluded_roles, created_seq, change_seq, timeline_seq, timeline_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14)`,
    [record.id, record.reference, record.version, record.customerId, record, sealed ?? null, record.recordedById, a.audience_roles, a.audience_user_ids, a.excluded_user_ids, a.excluded_roles, seq, head?.seq ?? 0, head?.hash ?? ''],
  );
}

export async function updateCase(tx: Tx, c: ComplaintCase, seq: number, sealed: unknown): Promise<void> {
  const record = complaintCaseShape.parse(c);
  const a = audienceColumns(audienceOf(record));
  // Through save_case_change (migration 006): the change may take the case out of the user's sight.
  const { rows } = await tx.query<{ saved: boolean }>('SELECT save_case_change($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS saved', [
    record.id,
    record.version,
    record.customerId,
    record,
    sealed ?? null,
    a.audience_roles,
    a.audience_user_ids,
    a.excluded_user_ids,
    a.excluded_roles,
    seq,
  ]);
  if (rows[0]?.saved !== true) throw new Error('The case could not be saved');
}
