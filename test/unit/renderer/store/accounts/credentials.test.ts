// Passwords in the accounts database: set, checked, locked out after repeated wrong ones, re-hashed when stale.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  checkPassword,
  hasPassword,
  setPassword,
} from '../../../../../renderer/store/accounts/credentials';
import { PASSWORD_ITERATIONS } from '../../../../../renderer/store/accounts/password-hash';
import { AccountsDatabase } from '../../../../../renderer/store/accounts/accounts-db';
import Dexie from 'dexie';
import { writeLockout } from '../../../../../renderer/store/accounts/lockout-record';
import { NO_FAILURES } from '../../../../../shared/sign-in/lockout';
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
    expect(await accounts.attempts.get('u1')).toMatchObject({ failures: 0, lockouts: 0 });
    await checkPassword(accounts, 'u1', 'wrong guess', at(2));
    expect((await accounts.attempts.get('u1'))?.failures).toBe(1);
    await setPassword(accounts, 'u1', 'a brand new password', at(3));
    expect(await accounts.attempts.get('u1')).toMatchObject({ failures: 0, lockouts: 0 });
  });

  describe('in the browser build, the wrong-password record cannot simply be cleared from the page', () => {
    const lockedForADay = (minute: number) => ({ ok: false, reason: 'locked-out', lockedUntil: new Date(Date.parse(at(minute)) + 24 * 60 * 60_000).toISOString() });
    async function fourWrong() {
      const { accounts } = await freshDatabases();
      await setPassword(accounts, 'u1', 'marmalade ferry lantern', at(0));
      for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i += 1) await checkPassword(accounts, 'u1', `wrong guess ${i}`, at(1));
      return accounts;
    }

    it('counts on after the same record is written back unchanged (the control)', async () => {
      const accounts = await fourWrong();
      const record = await accounts.attempts.get('u1');
      await accounts.attempts.put(record!);
      expect(await checkPassword(accounts, 'u1', 'one more', at(2))).toMatchObject({ ok: false, reason: 'locked-out' });
    });

    it.each([
      ['deleted', (accounts: AccountsDatabase) => accounts.attempts.delete('u1')],
      ['set back to no failures', (accounts: AccountsDatabase) => accounts.attempts.update('u1', { failures: 0 })],
      ['copied from another account', async (accounts: AccountsDatabase) => {
        await setPassword(accounts, 'u2', 'another password entirely', at(0));
        await accounts.attempts.put({ ...(await accounts.attempts.get('u2'))!, userId: 'u1' });
      }],
      ['left without its key', (accounts: AccountsDatabase) => accounts.preferences.clear()],
    ])('a record %s locks the account for a day, even with the right password', async (_, tamper) => {
      const accounts = await fourWrong();
      await tamper(accounts);
      expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(2))).toEqual(lockedForADay(2));
      expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(3))).toEqual(lockedForADay(2));
      // An administrator's reset ends it.
      await setPassword(accounts, 'u1', 'a brand new password', at(4));
      expect(await checkPassword(accounts, 'u1', 'a brand new password', at(5))).toEqual({ ok: true });
    });

    it('gives every account of a desk from before (accounts database version 1) a record that checks, keeping its failures', async () => {
      const name = `sign-in-test-accounts-upgrade-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(1).stores({ credentials: 'userId', attempts: 'userId', preferences: 'key' });
      await old.open();
      const fresh = await freshDatabases();
      await setPassword(fresh.accounts, 'u1', 'marmalade ferry lantern', at(0));
      await setPassword(fresh.accounts, 'u2', 'another password entirely', at(0));
      await old.table('credentials').bulkPut(await fresh.accounts.credentials.toArray());
      await old.table('attempts').put({ userId: 'u2', failures: 4, lockouts: 0, lastFailureAt: at(1) });
      old.close();
      const accounts = new AccountsDatabase(name);
      await accounts.open();
      try {
        expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(2))).toEqual({ ok: true });
        expect(await checkPassword(accounts, 'u2', 'one more', at(2))).toMatchObject({ ok: false, reason: 'locked-out' });
      } finally {
        accounts.close();
        await accounts.delete();
      }
    });
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
    const older = { ...stored, iterations: 1000, hash: btoa(String.fromCharCode(...bits)) };
    await accounts.credentials.put(older);
    // Its wrong-password record, as the accounts database's upgrade to version 2 writes it.
    await accounts.transaction('rw', accounts.attempts, accounts.preferences, () => writeLockout(accounts, older, NO_FAILURES, at(0)));
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(1))).toEqual({ ok: true });
    expect((await accounts.credentials.get('u1'))?.iterations).toBe(PASSWORD_ITERATIONS);
    expect(await checkPassword(accounts, 'u1', 'marmalade ferry lantern', at(2))).toEqual({ ok: true });
  });
});
