// Giving a complaint about staff's key to readers the office server holds no wrap for yet: an investigator assigned
// before their keys reached this desk, or an account a complaints manager gives access again. The wraps travel in
// the case's sealed form with a "grant" change; the server checks the policy lets each of them read the case.
import type { Actor } from '../../../shared/model';
import type { PushChange } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';
import { wrapForInvestigator } from '../sealed/case-keys';
import { enqueue } from './outbox';
import { sealedCaseBlob } from './sealed-case';

export function grantTables(db: ComplaintsDatabase) {
  return [db.outbox, db.cases, db.caseKeys, db.customers];
}

/** Inside a transaction holding grantTables: queues the case's sealed form with every wrap this desk holds. */
export async function queueGrant(db: ComplaintsDatabase, caseId: string, readerIds: string[], actor: Actor, now: string): Promise<boolean> {
  const c = await db.cases.get(caseId);
  const key = db.keyring.sealingKey(caseId);
  if (!c || !key || readerIds.length === 0) return false;
  const sealed = await sealedCaseBlob(db, c, key, await db.customers.get(c.customerId));
  const change: PushChange = { changeId: crypto.randomUUID(), caseId, baseVersion: c.version, body: { type: 'grant', readerIds, takenAt: now }, sealed };
  await enqueue(db, change, actor.userId, now);
  return true;
}

/**
 * A complaints manager's desk wraps the key of each case it reads for the investigator assigned to it, once that
 * investigator's public key is known here (the assignment was the manager's deliberate act; the wrap follows it).
 * Returns the cases granted.
 */
export async function wrapForAssignedInvestigators(db: ComplaintsDatabase, actor: Actor, now: string): Promise<number> {
  if (actor.role !== 'complaints-manager') return 0;
  const mine = await db.caseKeys.where('recipientId').equals(actor.userId).toArray();
  let granted = 0;
  for (const { caseId } of mine) {
    const c = await db.cases.get(caseId);
    const investigatorId = c?.investigatorId;
    if (!c || !investigatorId || (await db.caseKeys.get([caseId, investigatorId]))) continue;
    const row = await wrapForInvestigator(db, c, investigatorId, actor.userId, now);
    if (!row) continue;
    await db.transaction('rw', grantTables(db), async () => {
      await db.caseKeys.put(row);
      if (await queueGrant(db, caseId, [investigatorId], actor, now)) granted += 1;
    });
  }
  return granted;
}
