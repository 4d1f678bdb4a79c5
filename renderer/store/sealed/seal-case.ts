// Sealing one case: the recorder's receipt under their personal key, and a case that becomes confidential after it
// was recorded (every row of it written again, sealed, in the transaction of the change).
import type { Actor, ComplaintCase } from '../../../shared/model';
import { confidentialityFacts } from '../../../shared/model';
import { isConfidential, recorderReceipt, type CaseAction, type RecorderReceipt } from '../../../shared/policy';
import { openNow, sealNow } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import { maxKey, MIN } from '../queries/keys';
import { childTables } from '../projections/children';
import { planSealing, type SealingPlan } from './case-keys';
import { readyToSeal } from './blob-bytes';

const receiptScope = (caseId: string, recorderId: string) => ({ table: 'receipts', rowId: caseId, caseId: `personal:${recorderId}` });

/** The recorder's receipt, sealed to their own personal key; without their keys unlocked, none is kept. */
export async function writeReceipt(db: ComplaintsDatabase, c: ComplaintCase, recorderId: string): Promise<void> {
  await putReceipt(db, recorderReceipt(c), recorderId);
}

/** A receipt as given (by the office server, or with the reference the server gave), sealed the same way. */
export async function putReceipt(db: ComplaintsDatabase, receipt: RecorderReceipt, recorderId: string): Promise<void> {
  const key = db.keyring.personalKeyOf(recorderId);
  if (!key) return;
  await db.receipts.put({ caseId: receipt.caseId, recorderId, sealed: sealNow(key, receiptScope(receipt.caseId, recorderId), receipt) });
}

/** The receipt of a case this person recorded but may not read, when their keys are unlocked. */
export async function readReceipt(db: ComplaintsDatabase, caseId: string, userId: string): Promise<RecorderReceipt | null> {
  const row = await db.receipts.get(caseId);
  const key = db.keyring.personalKeyOf(userId);
  if (!row || row.recorderId !== userId || !key) return null;
  try {
    return openNow<RecorderReceipt>(key, receiptScope(caseId, userId), row.sealed);
  } catch {
    return null;
  }
}

/** Would this action make an unsealed case confidential? The facts it would have after. */
function factsAfter(c: ComplaintCase, action: CaseAction) {
  const facts = confidentialityFacts(c);
  if (action.type === 'recordStaffConcern') {
    return { ...facts, concernsStaff: true, namedStaffUserIds: [...new Set([...facts.namedStaffUserIds, ...action.namedStaffUserIds])] };
  }
  if (action.type === 'correctCaseDetails') {
    return {
      ...facts,
      concernsStaff: action.changes.concernsStaff ?? facts.concernsStaff,
      namedStaffUserIds: action.changes.namedStaffUserIds ?? facts.namedStaffUserIds,
    };
  }
  return facts;
}

/** Before the transaction of an action that makes a case confidential: its new key, and its files read for sealing. */
export async function prepareLaterSealing(db: ComplaintsDatabase, c: ComplaintCase, action: CaseAction, actor: Actor, now: string): Promise<SealingPlan | null> {
  if (db.keyring.sealedCases.has(c.id)) return null;
  const facts = factsAfter(c, action);
  if (!isConfidential(facts)) return null;
  const plan = await planSealing(db, c.id, facts, now);
  if ('ok' in plan) return null;
  const blobs = await db.attachmentBlobs.where('[caseId+id]').between([c.id, MIN], [c.id, maxKey()]).toArray();
  await Promise.all(blobs.map((b) => readyToSeal(b.blob)));
  return { ...plan, recorderReads: plan.rows.some((r) => r.recipientId === actor.userId) };
}

/**
 * Inside the transaction: writes every stored row of the case again, which the middleware now seals. IndexedDB
 * may keep the old bytes in its log until it compacts (docs/sealed-records.md).
 */
export async function resealCase(db: ComplaintsDatabase, caseId: string): Promise<void> {
  const range = (name: string) => db.table(name).where('[caseId+id]').between([caseId, MIN], [caseId, maxKey()]);
  const pages = await db.timeline.where('[caseId+page]').between([caseId, MIN], [caseId, maxKey()]).toArray();
  await db.timeline.bulkPut(pages);
  for (const name of [...childTables, 'attachmentBlobs']) {
    const rows = await range(name).toArray();
    if (rows.length > 0) await db.table(name).bulkPut(rows);
  }
}
