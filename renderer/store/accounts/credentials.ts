// Passwords on the desk: setting one, checking one, and locking an account out for a while after repeated wrong ones.
import { afterFailure, lockedUntil as lockoutEnds, NO_FAILURES } from '../../../shared/sign-in/lockout';
import type { AccountsDatabase, CredentialRecord } from './accounts-db';
import { readLockout, writeLockout } from './lockout-record';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './password-hash';

export { MAX_FAILED_ATTEMPTS, FIRST_LOCKOUT_MINUTES as LOCKOUT_MINUTES } from '../../../shared/sign-in/lockout';

export type PasswordCheck = { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'locked-out'; lockedUntil: string };

/** Stores a new password for the account (replacing any old one) and clears its wrong attempts. */
export async function setPassword(accounts: AccountsDatabase, userId: string, password: string, now: string): Promise<void> {
  const hashed = await hashPassword(password);
  await accounts.transaction('rw', accounts.credentials, accounts.attempts, accounts.preferences, async () => {
    await accounts.credentials.put({ userId, ...hashed, updatedAt: now });
    await writeLockout(accounts, { userId, ...hashed }, NO_FAILURES, now);
  });
}

export async function hasPassword(accounts: AccountsDatabase, userId: string): Promise<boolean> {
  return (await accounts.credentials.get(userId)) !== undefined;
}

export async function removePassword(accounts: AccountsDatabase, userId: string): Promise<void> {
  await accounts.transaction('rw', accounts.credentials, accounts.attempts, async () => {
    await accounts.credentials.delete(userId);
    await accounts.attempts.delete(userId);
  });
}

/** The ids of every account that has a password. */
export async function accountsWithPasswords(accounts: AccountsDatabase): Promise<Set<string>> {
  return new Set((await accounts.credentials.toCollection().primaryKeys()) as string[]);
}

/**
 * When the account's lock-out ends, or null. A wrong-password record that is missing or does not check (cleared or
 * edited from the page) is a day's lock-out, written down as one so that it holds.
 */
export async function lockedOutUntil(accounts: AccountsDatabase, userId: string, now: string): Promise<string | null> {
  return accounts.transaction('rw', accounts.credentials, accounts.attempts, accounts.preferences, async () => {
    const credential = await accounts.credentials.get(userId);
    if (!credential) return null;
    const { state, tampered } = await readLockout(accounts, credential, now);
    if (tampered) await writeLockout(accounts, credential, state, now);
    return lockoutEnds(state, now);
  });
}

/** One more wrong password; each lock-out in a row is longer than the one before (shared/sign-in/lockout.ts). */
async function recordFailure(accounts: AccountsDatabase, credential: CredentialRecord, now: string): Promise<PasswordCheck> {
  return accounts.transaction('rw', accounts.attempts, accounts.preferences, async (): Promise<PasswordCheck> => {
    const { state } = await readLockout(accounts, credential, now);
    const next = afterFailure(state, now);
    await writeLockout(accounts, credential, next, now);
    return next.lockedUntil ? { ok: false, reason: 'locked-out', lockedUntil: next.lockedUntil } : { ok: false, reason: 'wrong' };
  });
}

/**
 * Checks a password for an account. An account with no password (or no account at all) costs the same time as
 * a real check, so the delay never tells which. A locked-out account is refused without checking. A right
 * password clears the wrong attempts and, when the iteration count has been raised since, is re-hashed.
 */
export async function checkPassword(accounts: AccountsDatabase, userId: string | undefined, password: string, now: string): Promise<PasswordCheck> {
  const stored = userId === undefined ? undefined : await accounts.credentials.get(userId);
  if (userId === undefined || !stored) {
    await verifyDecoy(password);
    return { ok: false, reason: 'wrong' };
  }
  const lockedUntil = await lockedOutUntil(accounts, userId, now);
  if (lockedUntil) return { ok: false, reason: 'locked-out', lockedUntil };
  if (!(await verifyPassword(password, stored))) return recordFailure(accounts, stored, now);
  await accounts.transaction('rw', accounts.attempts, accounts.preferences, () => writeLockout(accounts, stored, NO_FAILURES, now));
  if (needsRehash(stored)) await setPassword(accounts, userId, password, stored.updatedAt);
  return { ok: true };
}
