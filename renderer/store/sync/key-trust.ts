// Which public key this desk trusts for each account. The first one seen is kept; the office server may send a
// different one (a password reset made new keys, or a rogue server or database administrator substituting its
// own to receive future case keys), and the desk takes it only with a signature it can check itself: by the
// account's previous key, or by a complaints manager whose key it trusts (their grant after a reset). Otherwise
// the new key waits, unused, until a complaints manager on this desk gives access.
import { endorseKey, endorsementHolds, fromBase64, toBase64, type KeyEndorsement, type UnlockedKeys } from '../../../shared/sealed';
import type { SyncRecord } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';
import { publicKeySyncKey } from '../sealed/case-keys';
import { pendingKeySyncKey } from './pending-key';

type UserKeyRecord = Extract<SyncRecord, { kind: 'userKey' }>;

export { pendingKeySyncKey };
const outgoingKey = (userId: string) => `endorsement-out:${userId}`;

export interface PendingKey {
  publicKey: string;
  endorsement?: KeyEndorsement;
}

/** The key this desk trusts for an account (base64): the one the server sent and the desk accepted, else its own record's. */
export async function trustedKeyOf(db: ComplaintsDatabase, userId: string): Promise<string | undefined> {
  const sent = await db.syncState.get(publicKeySyncKey(userId));
  if (typeof sent?.value === 'string') return sent.value;
  const local = await db.userKeys.get(userId);
  return local && !local.awaitingGrant ? toBase64(local.publicKey) : undefined;
}

export type KeyVerdict = 'trust' | 'same' | 'pending';

/**
 * Before the page's transaction (verifying is WebCrypto): what to do with each key record, in order, so that a
 * manager's key accepted earlier in the page can vouch for a later one.
 */
export async function judgeKeys(db: ComplaintsDatabase, records: readonly SyncRecord[]): Promise<Map<UserKeyRecord, KeyVerdict>> {
  const verdicts = new Map<UserKeyRecord, KeyVerdict>();
  const trusted = new Map<string, string | undefined>();
  const trustOf = async (userId: string) => (trusted.has(userId) ? trusted.get(userId) : trustedKeyOf(db, userId));
  for (const record of records) {
    if (record.kind !== 'userKey') continue;
    const current = await trustOf(record.userId);
    let verdict: KeyVerdict;
    if (current === undefined) verdict = 'trust';
    else if (current === record.publicKey) verdict = 'same';
    else verdict = (await vouched(db, record, current, trustOf)) ? 'trust' : 'pending';
    if (verdict === 'trust') trusted.set(record.userId, record.publicKey);
    verdicts.set(record, verdict);
  }
  return verdicts;
}

async function vouched(db: ComplaintsDatabase, record: UserKeyRecord, previous: string, trustOf: (userId: string) => Promise<string | undefined>): Promise<boolean> {
  const endorsement = record.endorsement;
  if (!endorsement) return false;
  let signerKey: string | undefined;
  if (endorsement.by === record.userId) signerKey = previous;
  else {
    const signer = await db.users.get(endorsement.by);
    if (signer?.role !== 'complaints-manager' || !signer.active) return false;
    signerKey = await trustOf(signer.id);
  }
  return signerKey !== undefined && endorsementHolds(endorsement, record.userId, fromBase64(record.publicKey), fromBase64(signerKey));
}

/** Inside the page's transaction: the verdict carried out. */
export async function keepKey(db: ComplaintsDatabase, record: UserKeyRecord, verdict: KeyVerdict | undefined): Promise<void> {
  if (verdict === 'trust' || verdict === 'same') {
    // Kept even when it only confirms the desk's own record: that record may be replaced by a reset's keys.
    await db.syncState.put({ key: publicKeySyncKey(record.userId), value: record.publicKey });
    await db.syncState.delete(pendingKeySyncKey(record.userId));
    // The account's own keys on this desk, made after a reset, are granted by that signature.
    const local = await db.userKeys.get(record.userId);
    if (local?.awaitingGrant && record.endorsement && toBase64(local.publicKey) === record.publicKey) {
      const { awaitingGrant: _granted, ...granted } = local;
      await db.userKeys.put(granted);
    }
  } else if (verdict === 'pending') {
    const pending: PendingKey = { publicKey: record.publicKey, ...(record.endorsement ? { endorsement: record.endorsement } : {}) };
    await db.syncState.put({ key: pendingKeySyncKey(record.userId), value: pending as never });
  }
}

export async function pendingKeyOf(db: ComplaintsDatabase, userId: string): Promise<PendingKey | null> {
  const row = await db.syncState.get(pendingKeySyncKey(userId));
  const value = row?.value as PendingKey | undefined;
  return value && typeof value.publicKey === 'string' ? value : null;
}

/**
 * A complaints manager gives access to an account whose new key waits here: the desk trusts it, and signs that
 * it is the account's, for the server to pass on to every desk (sent by the sync loop).
 */
export async function vouchForPendingKey(db: ComplaintsDatabase, by: UnlockedKeys, userId: string): Promise<boolean> {
  const pending = await pendingKeyOf(db, userId);
  if (!pending) return false;
  const endorsement = await endorseKey(by, userId, fromBase64(pending.publicKey));
  await db.transaction('rw', db.syncState, async () => {
    await db.syncState.put({ key: publicKeySyncKey(userId), value: pending.publicKey });
    await db.syncState.delete(pendingKeySyncKey(userId));
    await db.syncState.put({ key: outgoingKey(userId), value: { publicKey: pending.publicKey, endorsement } as never });
  });
  return true;
}

/** Signatures made here and not yet on the server: each sent once (a key changed again since is dropped). */
export async function sendEndorsements(db: ComplaintsDatabase, send: (userId: string, publicKey: string, endorsement: KeyEndorsement) => Promise<'stored' | 'stale'>): Promise<void> {
  const waiting = await db.syncState.where('key').startsWith(outgoingKey('')).toArray();
  for (const row of waiting) {
    const value = row.value as unknown as { publicKey: string; endorsement: KeyEndorsement };
    await send(row.key.slice(outgoingKey('').length), value.publicKey, value.endorsement);
    await db.syncState.delete(row.key);
  }
}
