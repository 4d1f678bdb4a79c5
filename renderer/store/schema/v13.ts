// Schema version 13 (office server, issue 14): the sync outbox, the sync state (checkpoint, first-sync progress),
// and the log of purge orders carried out. Empty on a desk never joined. The recorder of a complaint about staff
// keeps version 8's receipt (sealed under their personal key), the same row whether the desk is joined or not.
import { z } from 'zod';
import { entityId, instant, jsonValue } from '../../../shared/model';

export const storesV13: Record<string, string> = {
  /** The desk's own changes the server has not accepted yet, in the order they were made. */
  outbox: '++seq, &changeId, caseId',
  /** One record per key: the checkpoint, the first sync's progress, the server's reference for a provisional one. */
  syncState: 'key',
  /** Purge orders carried out: ids and times only, never what the case said. */
  purgeLog: '++seq, caseId',
};

/**
 * A change waiting for the server; `body` is the protocol's change as it will be pushed, or, for a complaint about
 * staff, that change sealed under its maker's personal key (store/sync/outbox.ts).
 */
export const outboxRecord = z.object({
  seq: z.number().int().min(1),
  changeId: entityId('Change id'),
  caseId: entityId('Case id'),
  /** Who made the change: the server is told with that user's session only. */
  userId: entityId('Who made the change'),
  madeAt: instant('Change made at'),
  body: jsonValue,
  /** Set when the server refused the change: the policy's words, for the case page. */
  refusal: z.array(z.string()).optional(),
  /** A workflow action's case as it was before: put back if the server refuses the action. */
  before: jsonValue.optional(),
});
/** `seq` is given by the table when the change is added. */
export type OutboxRecord = Omit<z.infer<typeof outboxRecord>, 'seq'> & { seq?: number };

export const syncStateRecord = z.object({ key: z.string({ error: 'key must be text' }), value: jsonValue });
export type SyncStateRecord = z.infer<typeof syncStateRecord>;

export const purgeLogRecord = z.object({
  seq: z.number().int().min(1),
  caseId: entityId('Case id'),
  purgedAt: instant('Purged at'),
  /** Why: 'purge-order' from the server, or 'receipt' once the server has a confidential case recorded here. */
  reason: z.string({ error: 'reason must be text' }),
});
export type PurgeLogRecord = Omit<z.infer<typeof purgeLogRecord>, 'seq'> & { seq?: number };
