// Schema version 5: indexes for the work list's "On hold" and "My cases" tabs (open holds, who recorded the case).
import type { Transaction } from 'dexie';
import { FINISHED, type CaseRow, type HoldRow } from './records';
import { caseRowIndexesV1 } from './v1';

export const caseRowIndexesV5 = [
  ...caseRowIndexesV1,
  '*words',
  '[confidential+onHold+dueSort+reference]',
  '[confidential+recordedById+dueSort+reference]',
];

export const storesV5: Record<string, string> = {
  caseRows: caseRowIndexesV5.join(', '),
};

/** Marks the rows of unfinished cases with an open hold, from the holds table (a hold without a last day is open). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const holds = await tx.table<HoldRow, [string, string]>('holds').toArray();
  const held = new Set(holds.filter((h) => !h.to).map((h) => h.caseId));
  await tx
    .table<CaseRow, string>('caseRows')
    .toCollection()
    .modify((row) => {
      row.onHold = held.has(row.caseId) && row.dueSort !== FINISHED ? 1 : 0;
    });
}
