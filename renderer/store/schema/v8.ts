// Schema version 8: sealed records (docs/sealed-records.md): each user's keys, each case key wrapped for each
// reader, the recorder's sealed receipts, and the duty log of role changes, resets and grants.
import type { SealedEnvelope, UserKeyRecord, WrappedKey } from '../../../shared/sealed';

export const storesV8: Record<string, string> = {
  userKeys: 'userId',
  /** One row per case and reader; the recipient index finds a user's keys at sign-in. */
  caseKeys: '[caseId+recipientId], recipientId',
  receipts: 'caseId, recorderId',
  dutyLog: 'seq',
  roleRequests: 'userId',
};

/**
 * The shared key record, and who typed the password that seals it (the user, or an administrator who set it).
 * `awaitingGrant`: keys an administrator's password reset made, which receive no case key (not even of a complaint
 * recorded later) until a complaints manager gives their owner access again: the administrator knows that password.
 */
export type StoredUserKeys = UserKeyRecord & { madeBy?: string; awaitingGrant?: true };

export interface CaseKeyRow {
  caseId: string;
  recipientId: string;
  wrap: WrappedKey;
  /** Who wrapped it and when (a grant, a new investigator, the recording desk). */
  by: string;
  at: string;
}

/** What the member of staff who recorded a complaint about staff keeps: sealed under their personal key. */
export interface ReceiptRow {
  caseId: string;
  recorderId: string;
  sealed: SealedEnvelope;
}
