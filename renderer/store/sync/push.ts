// One push round: the signed-in user's waiting changes, oldest first, with their files uploaded before the action
// naming them. Accepted: the change leaves the outbox. Conflict: the server's case is taken and the user's action
// re-run on it through the policy (never a field merge); if the policy now refuses it, or the server refused it,
// the change stays in the outbox with the policy's words for the case page, and the desk's case is put back.
import type { Actor, ComplaintCase } from '../../../shared/model';
import { applyAction } from '../../../shared/policy';
import type { PushChange, PushResult, SealedBlob } from '../../../shared/sync';
import { sealedCaseBlob } from './sealed-case';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { loadPolicySettings } from '../settings/policy-calendar';
import { applyTables, writeCaseCopy } from './apply';
import type { SyncClient } from './client';
import { nextToPush, requeue, type Pending } from './outbox';
import { purgeCase } from './purge';
import { putReceipt, readReceipt } from '../sealed/seal-case';

export interface PushRound {
  accepted: number;
  refused: number;
  /** Re-run on the server's case and queued again. */
  retried: number;
}

/** Uploads the bytes of a file the change attaches (the server answers the same whether it had them or not). */
async function uploadFiles(db: ComplaintsDatabase, client: SyncClient, change: PushChange): Promise<void> {
  if (change.body.type !== 'action' || change.body.action.type !== 'attachDocument') return;
  const stored = await db.attachmentBlobs.get([change.caseId, change.body.action.attachmentId]);
  if (stored) await client.upload(change.body.action.sha256, stored.blob);
}

async function writeCase(db: ComplaintsDatabase, c: ComplaintCase, now: string): Promise<void> {
  const [before, settings] = await Promise.all([db.cases.get(c.id), loadPolicySettings(db)]);
  await writeCaseCopy(db, c, before, settings, now);
}

function withoutSealed(change: PushChange): PushChange {
  const { sealed: _sealed, ...rest } = change;
  return rest;
}

/** The case's sealed form made again (with every wrap this desk holds), inside the settling transaction. */
async function sealedFormAfter(db: ComplaintsDatabase, c: ComplaintCase): Promise<SealedBlob | undefined> {
  const key = db.keyring.sealingKey(c.id);
  return key ? sealedCaseBlob(db, c, key, await db.customers.get(c.customerId)) : undefined;
}

async function settle(db: ComplaintsDatabase, pending: Pending, result: PushResult, actor: Actor, now: string, receiptOnly: string[]): Promise<keyof PushRound> {
  const { record, change } = pending;
  if (result.status === 'accepted') {
    await db.outbox.delete(record.seq);
    const receipt = await readReceipt(db, change.caseId, actor.userId);
    if (receipt && receipt.reference !== result.reference) await putReceipt(db, { ...receipt, reference: result.reference }, actor.userId);
    const stored = await db.cases.get(change.caseId);
    // A grant moves the server's version on without changing the case: this desk's copy follows.
    const version = change.body.type === 'grant' && stored?.version === change.baseVersion ? result.version : stored?.version;
    if (stored && (stored.reference !== result.reference || stored.version !== version)) await writeCase(db, { ...stored, reference: result.reference, version: version ?? stored.version }, now);
    // The server has a complaint about staff its recorder may not open: their desk keeps only the receipt.
    if (receipt && !stored && change.body.type === 'receive') receiptOnly.push(change.caseId);
    return 'accepted';
  }
  if (result.status === 'conflict') {
    await writeCase(db, result.case, now);
    if (change.body.type !== 'action') {
      // A grant's sealed form is made again from the server's case, so it never puts back an older one.
      const sealed = change.sealed ? await sealedFormAfter(db, result.case) : undefined;
      await requeue(db, record, { ...withoutSealed(change), baseVersion: result.case.version, ...(sealed ? { sealed } : {}) }, pending.before);
      return 'retried';
    }
    const again = applyAction(result.case, change.body.action, actor, now, await loadPolicySettings(db));
    if (!again.ok) {
      await db.outbox.put({ ...record, refusal: again.missing });
      return 'refused';
    }
    await writeCase(db, again.case, now);
    // The sealed form is the case after the re-run action, not after the one first made on the older case.
    const sealed = change.sealed ? await sealedFormAfter(db, again.case) : undefined;
    const retry: PushChange = { ...withoutSealed(change), changeId: crypto.randomUUID(), baseVersion: result.case.version, ...(sealed ? { sealed } : {}) };
    await requeue(db, record, retry, result.case as never);
    return 'retried';
  }
  await db.outbox.put({ ...record, refusal: result.reasons });
  // The desk showed the change as made: put the case back as it was, unless later changes of its own wait on it.
  const later = await db.outbox.where('caseId').equals(change.caseId).filter((r) => (r.seq ?? 0) > record.seq && !r.refusal).count();
  if (pending.before && later === 0) await writeCase(db, pending.before as unknown as ComplaintCase, now);
  return 'refused';
}

/** Pushes everything this user has waiting, a batch at a time, until the outbox holds none of theirs. */
export async function pushWaiting(db: ComplaintsDatabase, client: SyncClient, actor: Actor, now: () => string): Promise<PushRound> {
  const round: PushRound = { accepted: 0, refused: 0, retried: 0 };
  for (let batches = 0; batches < 50; batches += 1) {
    const batch = await nextToPush(db, actor.userId);
    if (batch.length === 0) break;
    for (const pending of batch) await uploadFiles(db, client, pending.change);
    const answer = await client.push(batch.map((p) => p.change));
    const byId = new Map(answer.results.map((r) => [r.changeId, r]));
    const at = now();
    const receiptOnly: string[] = [];
    await guardWrite(() =>
      db.transaction('rw', applyTables(db), async () => {
        for (const pending of batch) {
          const result = byId.get(pending.change.changeId);
          if (result) round[await settle(db, pending, result, actor, at, receiptOnly)] += 1;
        }
      }),
    );
    for (const caseId of receiptOnly) await purgeCase(db, { caseId, reason: 'receipt' }, at);
    if (round.retried > 0 && batches > 10) break;
  }
  return round;
}
