// The one path that removes a case from a desk: a purge order from the office server (the case is no longer for
// this desk's users), or a confidential case's readable copy once the server has it. Every removal is logged.
import { purgeTransactions } from '../schema/append-only';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { childTables } from '../projections/children';
import { maxKey, MIN } from '../queries/keys';

export interface PurgeRequest {
  caseId: string;
  /** The case's customer: removed too when no other case on the desk names them. */
  customerId?: string;
  /**
   * 'uploaded': the desk's own copy from before it joined, replaced by the office server's (same case id, the
   * server's accounts, reference and chain); the user's drafts about it are kept, being personal and still its.
   */
  reason: 'purge-order' | 'receipt' | 'not-for-this-user' | 'uploaded';
}

/**
 * Removes the case, its list row, its timeline, its per-case rows (files, letters and the rest), the files' bytes,
 * anything of it waiting in the outbox, and its customer when no other case names them; then logs the purge
 * (ids and time only). One transaction: all of it goes, or none.
 */
export async function purgeCase(db: ComplaintsDatabase, request: PurgeRequest, now: string): Promise<void> {
  const tables = [db.cases, db.caseRows, db.timeline, db.attachmentBlobs, db.customers, db.outbox, db.purgeLog, db.drafts, db.draftFiles, db.syncState, ...childTables.map((t) => db[t])];
  await guardWrite(() =>
    db.transaction('rw', tables, async (tx) => {
      purgeTransactions.add(tx.idbtrans);
      const stored = await db.cases.get(request.caseId);
      const customerId = request.customerId ?? stored?.customerId;
      const from = [request.caseId, MIN];
      const to = [request.caseId, maxKey()];
      // Drafts are kept per user and form; a form about one case names the case in its key.
      const caseDraft = (d: { form: string }) => request.reason !== 'uploaded' && d.form.includes(request.caseId);
      await Promise.all([
        db.cases.delete(request.caseId),
        db.caseRows.delete(request.caseId),
        db.timeline.where('[caseId+page]').between(from, to).delete(),
        db.attachmentBlobs.where('[caseId+id]').between(from, to).delete(),
        db.outbox.where('caseId').equals(request.caseId).delete(),
        // A complaint about staff held only as ciphertext (store/sync/apply.ts heldSealedKey).
        db.syncState.delete(`sealed-case:${request.caseId}`),
        ...childTables.map((t) => db[t].where('[caseId+id]').between(from, to).delete()),
        db.drafts.filter(caseDraft).delete(),
        db.draftFiles.filter(caseDraft).delete(),
      ]);
      if (customerId && (await db.cases.where('customerId').equals(customerId).count()) === 0) await db.customers.delete(customerId);
      await db.purgeLog.add({ caseId: request.caseId, purgedAt: now, reason: request.reason });
    }),
  );
}
