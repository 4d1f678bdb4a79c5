// The lock-out rule: five wrong passwords lock out, and each lock-out in a row lasts twice as long, up to a day.
import { describe, expect, it } from 'vitest';
import { afterFailure, lockedUntil, lockoutMinutes, MAX_FAILED_ATTEMPTS, type LockoutState } from '../../../../shared/sign-in/lockout';

const start = Date.parse('2026-12-01T09:00:00.000Z');
const minutes = (n: number) => new Date(start + n * 60_000).toISOString();

/** Fails `MAX_FAILED_ATTEMPTS` times at `at`, and answers how many minutes the lock-out it started lasts. */
function lockOut(state: LockoutState | undefined, at: number): { state: LockoutState; lasts: number } {
  let next = state;
  for (let i = 0; i < MAX_FAILED_ATTEMPTS; i += 1) next = afterFailure(next, minutes(at));
  const until = next?.lockedUntil;
  if (!next || !until) throw new Error('not locked out');
  return { state: next, lasts: (Date.parse(until) - Date.parse(minutes(at))) / 60_000 };
}

describe('the sign-in lock-out', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [4, 40],
    [9, 1280],
    [10, 1440],
    [30, 1440],
  ])('lock-out number %i lasts %i minutes', (n, expected) => {
    expect(lockoutMinutes(n)).toBe(expected);
  });

  it('does not lock out before the fifth wrong password in a row', () => {
    let state: LockoutState | undefined;
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i += 1) {
      state = afterFailure(state, minutes(0));
      expect(lockedUntil(state, minutes(0))).toBeNull();
    }
  });

  it('grows with repeated lock-outs: 5, then 10, then 20 minutes', () => {
    const first = lockOut(undefined, 0);
    expect(first.lasts).toBe(5);
    expect(lockedUntil(first.state, minutes(4))).toBe(minutes(5));
    expect(lockedUntil(first.state, minutes(5))).toBeNull();
    const second = lockOut(first.state, 5);
    expect(second.lasts).toBe(10);
    const third = lockOut(second.state, 15);
    expect(third.lasts).toBe(20);
  });
});
