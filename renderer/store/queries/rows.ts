// What a case row means to a reader: whether it is overdue today, and the item the list shows (who may see it: projections/audience.ts).
import type { CaseKind, CaseStage, ComplaintCategory, ContactChannel } from '../../../shared/model';
import type { Obligation } from '../../../shared/policy';
import { FINISHED, NO_DEADLINE, type CaseRow } from '../schema/records';

/** A row as the case list shows it; `overdue` is worked out at read time against today's London date. */
export interface CaseListItem {
  caseId: string;
  reference: string;
  version: number;
  kind: CaseKind;
  stage: CaseStage;
  channel: ContactChannel;
  category: ComplaintCategory | null;
  assigneeId: string | null;
  customerId: string;
  customerName: string;
  receivedAt: string;
  summary: string;
  nextDueOn: string | null;
  nextDueKind: Obligation | null;
  overdue: boolean;
  breach: boolean;
  /** A hold is open: the resolve-by target is paused. */
  onHold: boolean;
  confidential: boolean;
  updatedAt: string;
}

export function isOpenRow(row: Pick<CaseRow, 'dueSort'>): boolean {
  return row.dueSort !== FINISHED;
}

export function isOverdue(row: Pick<CaseRow, 'dueSort'>, today: string): boolean {
  return row.dueSort < today;
}

export function listItemOf(row: CaseRow, today: string): CaseListItem {
  return {
    caseId: row.caseId,
    reference: row.reference,
    version: row.version,
    kind: row.kind,
    stage: row.stage,
    channel: row.channel,
    category: row.category === '' ? null : row.category,
    assigneeId: row.assigneeId === '' ? null : row.assigneeId,
    customerId: row.customerId,
    customerName: row.customerName,
    receivedAt: row.receivedAt,
    summary: row.summary,
    nextDueOn: row.nextDueOn,
    nextDueKind: row.nextDueKind,
    overdue: isOverdue(row, today),
    breach: row.breach,
    onHold: row.onHold === 1,
    confidential: row.confidential === 1,
    updatedAt: row.updatedAt,
  };
}

export { FINISHED, NO_DEADLINE };
