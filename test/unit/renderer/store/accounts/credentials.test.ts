// Passwords in the accounts database: set, checked, locked out after repeated wrong ones, re-hashed when stale.
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  checkPassword,
  hasPassword,
  setPassword,
} from '../../../../../renderer/store/accounts/credentials';
import { PASSWORD_ITERATIONS } from '../../../../../renderer/store/accounts/password-hash';
import { at, deleteDatabases, freshDatabases } from './databases';

afterEach(deleteDatabases);

describe('credentials', () => {
  it('stores salt, hash, iterations and when, never the password', async () => {
    const { accounts } = await freshDatabases();
    await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
    const stored = await accounts.credentials.get('u1');
    expect(stored).toMatchObject({ userId: 'u1', iterations: PASSWORD_ITERATIONS, updatedAt: at(0) });
    expect(JSON.stringify(await accounts.credentials.toArray())).not.toContain('marmalade');
    expect(await hasPassword(accounts, 'u1')).toBe(true);
  });

  it('accepts the right password and refuses a wrong one or an unknown account', async () => {
    const { accounts } = await freshDatabases();
    await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(1))).toEqual({ ok: true });
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lanterns', at(1))).toEqual({ ok: false, reason: 'wrong' });
    expect(await checkPassword(accounts, 'nobody', 'marmalade ferry lantern', at(1))).toEqual({ ok: false, reason: 'wrong' });
    expect(await checkPassword(accounts, undefined, 'marmalade ferry lantern', at(1))).toEqual({ ok: false, reason: 'wrong' });
  });

  it(`locks the account out for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong passwords, even the right one`, async () => {
    const { accounts } = await freshDatabases();
    await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i += 1) {
      expect(await checkPassword(accounts, 'u1', `wrong guess ${i}`, at(1))).toEqual({ ok: false, reason: 'wrong' });
    }
    const lockedUntil = new Date(Date.parse(at(1)) + LOCKOUT_MINUTES * 60_000).toISOString();
    expect(await checkPassword(accounts, 'u1', 'last wrong guess', at(1))).toEqual({ ok: false, reason: 'locked-out', lockedUntil });
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(2))).toEqual({ ok: false, reason: 'locked-out', lockedUntil });
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(1 + LOCKOUT_MINUTES))).toEqual({ ok: true });
  });

  it('forgets wrong attempts after a right password, and when the password is reset', async () => {
    const { accounts } = await freshDatabases();
    await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
    await checkPassword(accounts, 'u1', 'wrong guess', at(1));
    await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(1));
    expect(await accounts.attempts.get('u1')).toBeUndefined();
    await checkPassword(accounts, 'u1', 'wrong guess', at(2));
    expect((await accounts.attempts.get('u1'))?.failures).toBe(1);
    await setPassword(accounts, 'u1', 'a brand new password', at(3));
    expect(await accounts.attempts.get('u1')).toBeUndefined();
  });

  it('re-hashes a password stored with fewer iterations at the next right sign-in', async () => {
    const { accounts } = await freshDatabases();
    await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
    const stored = await accounts.credentials.get('u1');
    if (!stored) throw new Error('no credential');
    // Pretend it was hashed by an older release: derive with fewer iterations, as that release would have.
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('marmalade ferry lantern'), 'PBKDF2', false, ['deriveBits']);
    const salt = Uint8Array.from(atob(stored.salt), (c) => c.charCodeAt(0));
    const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, key, 256));
    await accounts.credentials.put({ ...stored, iterations: 1000, hash: btoa(String.fromCharCode(...bits)) });
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(1))).toEqual({ ok: true });
    expect((await accounts.credentials.get('u1'))?.iterations).toBe(PASSWORD_ITERATIONS);
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(2))).toEqual({ ok: true });
  });
});
