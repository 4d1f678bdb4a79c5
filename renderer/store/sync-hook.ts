// The one seam between the store's write paths and the office server's outbox: null on a desk never joined, so
// those paths run exactly as before; store/sync/ installs it when the desk is joined (see store/sync/start.ts).
import type { Table } from 'dexie';
import type { Actor, ComplaintCase, ComplaintIntakeInput, Customer, TimelineEventDraft } from '../../shared/model';
import type { CaseAction } from '../../shared/policy';
import type { UnlockedKeys } from '../../shared/sealed';
import type { ComplaintsDatabase } from './db';

export interface ReceivedChange {
  case: ComplaintCase;
  customer: { existingId: string } | { details: Customer };
  complaint: Omit<ComplaintIntakeInput, 'customerId'>;
  actor: Actor;
  now: string;
}

export interface ActedChange {
  before: ComplaintCase;
  after: ComplaintCase;
  action: CaseAction;
  actor: Actor;
  now: string;
}

export interface SyncHook {
  /** The desk's own tables a write must also include in its transaction (the outbox, and what a change reads). */
  tables(db: ComplaintsDatabase): Table[];
  /**
   * A complaint recorded here: queued as the server's "receive" (the server gives the reference, chains the
   * events). A complaint about staff is queued sealed, with the case sealed under its case key for its readers.
   */
  received(db: ComplaintsDatabase, change: ReceivedChange): Promise<void>;
  /** A workflow action taken here, queued with the version it was taken on (sealed as above for a sealed case). */
  acted(db: ComplaintsDatabase, change: ActedChange): Promise<void>;
  /**
   * A complaints manager gives access to an account whose changed key the office server sent and this desk holds
   * waiting: it trusts that key now and signs it for every desk (store/sync/key-trust.ts). Before the grant.
   */
  vouch(db: ComplaintsDatabase, by: UnlockedKeys, userId: string): Promise<void>;
  /**
   * A complaints manager gave `readerId` the keys of these complaints about staff (store/duties/roles.ts): each
   * case's sealed form with the new wraps is queued for the server. Its own transaction, after the wraps are stored.
   */
  granted(db: ComplaintsDatabase, caseIds: readonly string[], readerId: string, actor: Actor, now: string): Promise<void>;
  /** Store events (views of a confidential case, exports) for the server to chain. */
  logged(db: ComplaintsDatabase, caseId: string, drafts: readonly TimelineEventDraft[]): Promise<void>;
  /** True when this desk logged a view of the case by this user since `since` (ms) that the server has not chained yet. */
  viewLoggedSince(caseId: string, userId: string, since: number): boolean;
}

let installed: SyncHook | null = null;

export function syncHook(): SyncHook | null {
  return installed;
}

export function installSyncHook(hook: SyncHook | null): void {
  installed = hook;
}
