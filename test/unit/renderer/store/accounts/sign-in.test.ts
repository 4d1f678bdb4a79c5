// Signing in against both databases: first start, one message for every refusal, inactive accounts, unlock.
import { afterEach, describe, expect, it } from 'vitest';
import { createAccount, setAccountActive } from '../../../../../renderer/store/accounts/accounts';
import { WRONG_NAME_OR_PASSWORD, needsSetUp, setUpDesk, signIn, signInNames, unlock } from '../../../../../renderer/store/accounts/sign-in';
import { DEFAULT_COMPANY_DETAILS, loadCompanyDetails } from '../../../../../renderer/store/settings/company-details';
import { actorOf } from '../../../../../shared/model';
import { at, deleteDatabases, freshDatabases } from './databases';

afterEach(deleteDatabases);

const company = { name: 'JESQ Solutions Ltd', telephone: '+44 (745) 051-5064', email: 'complaints@jesqsolutions.co.uk' };

async function setUp() {
  const dbs = await freshDatabases();
  const admin = await setUpDesk(dbs.db, dbs.accounts, { name: 'Ada Admin', password: 'orchard violet compass', company }, at(0));
  if (!admin.ok) throw new Error(admin.missing.join('; '));
  return { ...dbs, admin: admin.user };
}

describe('first start', () => {
  it('needs setting up until an administrator with a password exists, then refuses a second set-up', async () => {
    const { db, accounts } = await freshDatabases();
    expect(await needsSetUp(db, accounts)).toBe(true);
    const admin = await setUpDesk(db, accounts, { name: 'Ada Admin', email: 'ada@jesqsolutions.co.uk', password: 'orchard violet compass', company }, at(0));
    expect(admin).toMatchObject({ ok: true, user: { name: 'Ada Admin', role: 'administrator', active: true, email: 'ada@jesqsolutions.co.uk' } });
    expect(await needsSetUp(db, accounts)).toBe(false);
    expect(await loadCompanyDetails(db)).toEqual(company);
    const again = await setUpDesk(db, accounts, { name: 'Eve', password: 'orchard violet compass', company }, at(1));
    expect(again).toEqual({ ok: false, missing: ['This desk is already set up: sign in instead'] });
  });

  it('uses the JESQ Solutions details until set', async () => {
    const { db } = await freshDatabases();
    expect(await loadCompanyDetails(db)).toEqual(DEFAULT_COMPANY_DETAILS);
  });
});

describe('signing in', () => {
  it('signs in by name, ignoring case and spaces', async () => {
    const { db, accounts, admin } = await setUp();
    expect(await signIn(db, accounts, '  ada   ADMIN ', 'orchard violet compass', at(1))).toEqual({ ok: true, user: admin });
  });

  it('gives the same message for a wrong password and for an unknown name', async () => {
    const { db, accounts } = await setUp();
    expect(await signIn(db, accounts, 'Ada Admin', 'orchard violet compas', at(1))).toEqual({ ok: false, message: WRONG_NAME_OR_PASSWORD });
    expect(await signIn(db, accounts, 'Nobody', 'orchard violet compass', at(1))).toEqual({ ok: false, message: WRONG_NAME_OR_PASSWORD });
  });

  it('refuses a deactivated account with the same message, even with the right password', async () => {
    const { db, accounts, admin } = await setUp();
    const agent = await createAccount(db, accounts, actorOf(admin), { name: 'Sam Agent', role: 'agent', password: 'pebble lighthouse tram' }, at(1));
    if (!agent.ok) throw new Error(agent.missing.join('; '));
    expect(await signIn(db, accounts, 'Sam Agent', 'pebble lighthouse tram', at(2))).toMatchObject({ ok: true });
    expect(await setAccountActive(db, actorOf(admin), agent.user.id, false)).toMatchObject({ ok: true, user: { active: false } });
    expect(await signIn(db, accounts, 'Sam Agent', 'pebble lighthouse tram', at(3))).toEqual({ ok: false, message: WRONG_NAME_OR_PASSWORD });
    expect(await signInNames(db, accounts)).toEqual(['Ada Admin']);
  });

  it('says when an account is locked out after repeated wrong passwords', async () => {
    const { db, accounts } = await setUp();
    for (let i = 0; i < 4; i += 1) await signIn(db, accounts, 'Ada Admin', `wrong ${i}`, at(1));
    const locked = await signIn(db, accounts, 'Ada Admin', 'wrong 5', at(1));
    expect(locked).toEqual({ ok: false, message: expect.stringMatching(/^Too many wrong passwords: this account is locked until 23\/11\/2026 10:06/) });
  });

  it('grows the lock-out with each one in a row in the browser build: 5 minutes, then 10', async () => {
    const { db, accounts } = await setUp();
    for (let i = 0; i < 5; i += 1) await signIn(db, accounts, 'Ada Admin', `wrong ${i}`, at(1));
    expect(await signIn(db, accounts, 'Ada Admin', 'orchard violet compass', at(5))).toMatchObject({ ok: false });
    for (let i = 0; i < 4; i += 1) await signIn(db, accounts, 'Ada Admin', `wrong ${i}`, at(7));
    expect(await signIn(db, accounts, 'Ada Admin', 'wrong again', at(7))).toEqual({ ok: false, message: expect.stringMatching(/locked until 23\/11\/2026 10:17/) });
  });

  it('in the desktop app, keeps the lock-out in the main process: clearing the page’s own records does not end it', async () => {
    const { db, accounts, admin } = await setUp();
    const { signInLockout } = await import('../../../../../electron/ipc/sign-in-lockout');
    let now = Date.parse(at(1));
    const files = new Map<string, string>();
    const main = signInLockout({
      file: 'lockouts.json',
      readText: async (p) => files.get(p) ?? Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
      writeText: async (p, t) => void files.set(p, t),
      now: () => new Date(now),
      log: { warn: () => undefined },
    });
    const guard = { checkSignInLockout: main.check, signInFailed: main.failed, signInSucceeded: main.succeeded };
    for (let i = 0; i < 5; i += 1) await signIn(db, accounts, 'Ada Admin', `wrong ${i}`, at(1), guard);
    // What anyone at the desk could do from the page: clear the browser-side records.
    await accounts.attempts.clear();
    expect(await signIn(db, accounts, 'Ada Admin', 'orchard violet compass', at(1), guard)).toEqual({ ok: false, message: expect.stringMatching(/^Too many wrong passwords/) });
    expect(await unlock(db, accounts, admin.id, 'orchard violet compass', at(1), guard)).toMatchObject({ ok: false });
    // The main process's lock-out ends after 5 minutes; the page's record, cleared, reads as a day's lock-out from when it is next read.
    now += 5 * 60_000;
    expect(await main.check({ name: 'Ada Admin' })).toEqual({ lockedUntil: null });
    expect(await signIn(db, accounts, 'Ada Admin', 'orchard violet compass', at(6), guard)).toEqual({ ok: false, message: expect.stringMatching(/^Too many wrong passwords: this account is locked until 24\/11\/2026 10:06/) });
  });

  it('unlocks with the signed-in person’s password only', async () => {
    const { db, accounts, admin } = await setUp();
    expect(await unlock(db, accounts, admin.id, 'orchard violet compass', at(1))).toEqual({ ok: true, user: admin });
    expect(await unlock(db, accounts, admin.id, 'something else entirely', at(1))).toEqual({ ok: false, message: 'The password is not right' });
  });
});
