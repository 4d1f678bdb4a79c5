// The sync seam's implementation (store/sync-hook.ts): each write path's change becomes a protocol change in the
// outbox, in the write's own transaction. A complaint about staff travels sealed: the change under its maker's
// personal key while it waits here, and the case under its case key (with its readers' wraps) to the server.
import type { ComplaintCase, Customer, TimelineEventDraft } from '../../../shared/model';
import { pushChange, type PushChange, type SealedBlob } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';
import type { ActedChange, ReceivedChange, SyncHook } from '../sync-hook';
import { grantTables, queueGrant } from './grants';
import { vouchForPendingKey } from './key-trust';
import { enqueue } from './outbox';
import { sealedCaseBlob } from './sealed-case';

export interface HookDeps {
  /** A change was queued: the loop pushes it as soon as the transaction has committed. */
  queued(): void;
}

/**
 * The sealed form of a sealed case after the change, made while this window still holds its key. Awaited only
 * for a sealed case: inside the write's transaction, awaiting a call that touches no table ends Dexie's zone.
 */
function sealedFormOf(db: ComplaintsDatabase, c: ComplaintCase, customer?: Customer): Promise<SealedBlob> | null {
  const key = db.keyring.sealingKey(c.id);
  if (!key) return null;
  if (customer) return sealedCaseBlob(db, c, key, customer);
  return db.customers.get(c.customerId).then((stored) => sealedCaseBlob(db, c, key, stored));
}

/** Checked against the protocol (which also fills its defaults) before it is queued. */
function receiveOf(change: ReceivedChange, sealed: SealedBlob | undefined): PushChange {
  return pushChange.parse({
    changeId: crypto.randomUUID(),
    caseId: change.case.id,
    baseVersion: 0,
    body: { type: 'receive', customer: change.customer, complaint: change.complaint, provisionalReference: change.case.reference, recordedAt: change.now },
    ...(sealed ? { sealed } : {}),
  });
}

export function makeSyncHook(deps: HookDeps): SyncHook {
  /** Views logged here and not yet chained by the server: caseId|userId → time (ms). */
  const views = new Map<string, number>();
  return {
    tables: (db) => [db.outbox, db.cases, db.caseKeys, db.customers],
    async received(db, change) {
      const sealing = sealedFormOf(db, change.case, 'details' in change.customer ? change.customer.details : undefined);
      const sealed = sealing ? await sealing : undefined;
      await enqueue(db, receiveOf(change, sealed), change.actor.userId, change.now);
      deps.queued();
    },
    async acted(db, change: ActedChange) {
      const sealing = sealedFormOf(db, change.after);
      const sealed = sealing ? await sealing : undefined;
      const push: PushChange = {
        changeId: crypto.randomUUID(),
        caseId: change.after.id,
        baseVersion: change.before.version,
        body: { type: 'action', action: change.action, takenAt: change.now },
        ...(sealed ? { sealed } : {}),
      };
      await enqueue(db, push, change.actor.userId, change.now, change.before as never);
      deps.queued();
    },
    async vouch(db, by, userId) {
      await vouchForPendingKey(db, by, userId);
    },
    async granted(db, caseIds, readerId, actor, now) {
      if (caseIds.length === 0) return;
      await db.transaction('rw', grantTables(db), async () => {
        for (const caseId of caseIds) await queueGrant(db, caseId, [readerId], actor, now);
      });
      deps.queued();
    },
    async logged(db, caseId, drafts: readonly TimelineEventDraft[]) {
      const first = drafts[0];
      if (!first) return;
      const stored = await db.cases.get(caseId);
      const events = drafts.map((d) => ({ id: crypto.randomUUID(), at: d.at, action: d.action as 'viewed', summary: d.summary, before: d.before, after: d.after }));
      await enqueue(db, { changeId: crypto.randomUUID(), caseId, baseVersion: stored?.version ?? 0, body: { type: 'events', events } }, first.actorId, first.at);
      for (const d of drafts) if (d.action === 'viewed') views.set(`${caseId}|${d.actorId}`, Date.parse(d.at));
      deps.queued();
    },
    viewLoggedSince(caseId, userId, since) {
      return (views.get(`${caseId}|${userId}`) ?? -Infinity) >= since;
    },
  };
}
