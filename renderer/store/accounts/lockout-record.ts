// The browser build's record of wrong passwords, kept so that clearing it from the page does not end a lock-out:
// every account with a password has one (written with the password), authenticated by an HMAC under a key kept in
// the accounts database and bound to the password's hash. A record that is missing, altered, or whose key is gone
// reads as a day's lock-out. What the browser cannot prevent is in docs/sealed-records.md ("Sign-in lock-out").
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { MAX_LOCKOUT_MINUTES, NO_FAILURES, type LockoutState } from '../../../shared/sign-in/lockout';
import type { AccountsDatabase, AttemptRecord, CredentialRecord } from './accounts-db';

export const LOCKOUT_KEY_PREFERENCE = 'lockoutRecordKey';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Call inside a transaction over preferences: the key, made on first use when `make` (a password being set). */
async function lockoutKey(accounts: AccountsDatabase, make: boolean): Promise<Uint8Array | undefined> {
  const stored = (await accounts.preferences.get(LOCKOUT_KEY_PREFERENCE))?.value;
  if (typeof stored === 'string' && stored.length > 0) return fromBase64(stored);
  if (!make) return undefined;
  const key = crypto.getRandomValues(new Uint8Array(32));
  await accounts.preferences.put({ key: LOCKOUT_KEY_PREFERENCE, value: toBase64(key) });
  return key;
}

function macOf(key: Uint8Array, userId: string, credential: Pick<CredentialRecord, 'hash' | 'salt'>, state: LockoutState): string {
  const message = JSON.stringify([userId, credential.salt, credential.hash, state.failures, state.lockouts, state.lockedUntil ?? null]);
  return bytesToHex(hmac(sha256, key, utf8ToBytes(message)));
}

/** A record that does not check: locked for the longest lock-out, from now (an administrator's reset clears it). */
function tampered(now: string): LockoutState {
  return { failures: 0, lockouts: 9, lockedUntil: new Date(Date.parse(now) + MAX_LOCKOUT_MINUTES * 60_000).toISOString() };
}

const stateOf = (r: AttemptRecord): LockoutState => ({ failures: r.failures, lockouts: r.lockouts ?? 0, ...(r.lockedUntil ? { lockedUntil: r.lockedUntil } : {}) });

/** Call inside a transaction over attempts and preferences. The account's state, or a day's lock-out when it does not check. */
export async function readLockout(accounts: AccountsDatabase, credential: CredentialRecord, now: string): Promise<{ state: LockoutState; tampered: boolean }> {
  const [record, key] = await Promise.all([accounts.attempts.get(credential.userId), lockoutKey(accounts, false)]);
  if (!record || !key || record.mac !== macOf(key, credential.userId, credential, stateOf(record))) return { state: tampered(now), tampered: true };
  return { state: stateOf(record), tampered: false };
}

/** Call inside a transaction over attempts and preferences: stores the account's state with its MAC. */
export async function writeLockout(accounts: AccountsDatabase, credential: Pick<CredentialRecord, 'userId' | 'hash' | 'salt'>, state: LockoutState, now: string): Promise<void> {
  const key = await lockoutKey(accounts, true);
  if (!key) throw new Error('The sign-in lock-out key could not be made');
  await accounts.attempts.put({ userId: credential.userId, ...state, lastFailureAt: now, mac: macOf(key, credential.userId, credential, state) });
}

/** Accounts database version 2: every account with a password gets an authenticated record (its wrong attempts so far, if any). */
export async function upgradeLockoutRecords(accounts: AccountsDatabase, now: string): Promise<void> {
  for (const credential of await accounts.credentials.toArray()) {
    const record = await accounts.attempts.get(credential.userId);
    await writeLockout(accounts, credential, record ? stateOf(record) : NO_FAILURES, record?.lastFailureAt ?? now);
  }
}
