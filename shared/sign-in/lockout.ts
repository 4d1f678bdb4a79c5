// The sign-in lock-out rule, one place for the desktop app's main process and the browser build: five wrong
// passwords lock an account out, and each lock-out in a row lasts twice as long as the one before (up to a day).

/** Wrong passwords in a row before the account is locked out. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long the first lock-out lasts. */
export const FIRST_LOCKOUT_MINUTES = 5;
/** No lock-out lasts longer than this. */
export const MAX_LOCKOUT_MINUTES = 24 * 60;

export interface LockoutState {
  /** Wrong passwords since the last lock-out (or the last right one). */
  failures: number;
  /** Lock-outs in a row since the last right password: each doubles the next. */
  lockouts: number;
  /** ISO instant the current lock-out ends; absent when there is none. */
  lockedUntil?: string;
}

export const NO_FAILURES: LockoutState = { failures: 0, lockouts: 0 };

/** 5, 10, 20, 40 … minutes, never more than a day. */
export function lockoutMinutes(lockouts: number): number {
  return Math.min(FIRST_LOCKOUT_MINUTES * 2 ** Math.max(0, lockouts - 1), MAX_LOCKOUT_MINUTES);
}

/** When the lock-out ends, or null when the account is not locked out at `now`. */
export function lockedUntil(state: LockoutState | undefined, now: string): string | null {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/** The state after one more wrong password at `now`; the fifth in a row starts a lock-out longer than the last. */
export function afterFailure(state: LockoutState | undefined, now: string): LockoutState {
  const failures = (state?.failures ?? 0) + 1;
  const lockouts = state?.lockouts ?? 0;
  if (failures < MAX_FAILED_ATTEMPTS) return { failures, lockouts };
  const next = lockouts + 1;
  return { failures: 0, lockouts: next, lockedUntil: new Date(Date.parse(now) + lockoutMinutes(next) * 60_000).toISOString() };
}
