// Passwords on the desk: setting one, checking one, and locking an account out for a while after repeated wrong ones.
import { afterFailure, lockedUntil as lockoutEnds } from '../../../shared/sign-in/lockout';
import type { AccountsDatabase } from './accounts-db';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './password-hash';

export { MAX_FAILED_ATTEMPTS, FIRST_LOCKOUT_MINUTES as LOCKOUT_MINUTES } from '../../../shared/sign-in/lockout';

export type PasswordCheck = { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'locked-out'; lockedUntil: string };

/** Stores a new password for the account (replacing any old one) and clears its wrong attempts. */
export async function setPassword(accounts: AccountsDatabase, userId: string, password: string, now: string): Promise<void> {
  const hashed = await hashPassword(password);
  await accounts.transaction('rw', accounts.credentials, accounts.attempts, async () => {
    await accounts.credentials.put({ userId, ...hashed, updatedAt: now });
    await accounts.attempts.delete(userId);
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

export async function lockedOutUntil(accounts: AccountsDatabase, userId: string, now: string): Promise<string | null> {
  const attempt = await accounts.attempts.get(userId);
  return attempt ? lockoutEnds({ failures: attempt.failures, lockouts: attempt.lockouts ?? 0, ...(attempt.lockedUntil ? { lockedUntil: attempt.lockedUntil } : {}) }, now) : null;
}

/** One more wrong password; each lock-out in a row is longer than the one before (shared/sign-in/lockout.ts). */
async function recordFailure(accounts: AccountsDatabase, userId: string, now: string): Promise<PasswordCheck> {
  return accounts.transaction('rw', accounts.attempts, async (): Promise<PasswordCheck> => {
    const before = await accounts.attempts.get(userId);
    const next = afterFailure(before && { failures: before.failures, lockouts: before.lockouts ?? 0 }, now);
    await accounts.attempts.put({ userId, ...next, lastFailureAt: now });
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
  if (!(await verifyPassword(password, stored))) return recordFailure(accounts, userId, now);
  await accounts.attempts.delete(userId);
  if (needsRehash(stored)) await setPassword(accounts, userId, password, stored.updatedAt);
  return { ok: true };
}
