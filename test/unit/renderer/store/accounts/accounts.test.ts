// Managing accounts: unique names, strong passwords, the deactivation rules, password resets.
import { afterEach, describe, expect, it } from 'vitest';
import { createAccount, resetPassword, setAccountActive } from '../../../../../renderer/store/accounts/accounts';
import { checkPassword } from '../../../../../renderer/store/accounts/credentials';
import { setUpDesk, signIn } from '../../../../../renderer/store/accounts/sign-in';
import { DEFAULT_COMPANY_DETAILS } from '../../../../../renderer/store/settings/company-details';
import { actorOf, type User } from '../../../../../shared/model';
import { at, deleteDatabases, freshDatabases } from './databases';

afterEach(deleteDatabases);

async function desk() {
  const dbs = await freshDatabases();
  const made = await setUpDesk(dbs.db, dbs.accounts, { name: 'Ada Admin', password: 'orchard violet compass', company: DEFAULT_COMPANY_DETAILS }, at(0));
  if (!made.ok) throw new Error(made.missing.join('; '));
  return { ...dbs, admin: made.user, by: actorOf(made.user) };
}

function created(result: { ok: true; user: User } | { ok: false; missing: string[] }): User {
  if (!result.ok) throw new Error(result.missing.join('; '));
  return result.user;
}

describe('accounts', () => {
  it('refuses a second account with the same name, whatever the case', async () => {
    const { db, accounts, by } = await desk();
    expect(await createAccount(db, accounts, by, { name: 'ADA admin', role: 'agent', password: 'pebble lighthouse tram' }, at(1))).toEqual({
      ok: false,
      missing: ['There is already an account named ADA admin: use another name'],
    });
  });

  it('refuses a guessable password and stores nothing', async () => {
    const { db, accounts, by } = await desk();
    expect(await createAccount(db, accounts, by, { name: 'Sam Agent', role: 'agent', password: 'password123' }, at(1))).toMatchObject({ ok: false });
    expect(await accounts.credentials.count()).toBe(1);
    expect(await db.users.count()).toBe(1);
  });

  it('removes the password again when the user record is refused', async () => {
    const { db, accounts, by } = await desk();
    const result = await createAccount(db, accounts, by, { name: 'Sam Agent', email: 'not an email', role: 'agent', password: 'pebble lighthouse tram' }, at(1));
    expect(result).toEqual({ ok: false, missing: ['Email must be a valid email address'] });
    expect(await accounts.credentials.count()).toBe(1);
  });

  it('will not let an administrator deactivate themself or the last administrator', async () => {
    const { db, accounts, admin, by } = await desk();
    expect(await setAccountActive(db, by, admin.id, false)).toEqual({
      ok: false,
      missing: ['You cannot deactivate your own account: ask another administrator'],
    });
    const second = created(await createAccount(db, accounts, by, { name: 'Bea Admin', role: 'administrator', password: 'tulip harbour anvil' }, at(1)));
    expect(await setAccountActive(db, actorOf(second), admin.id, false)).toMatchObject({ ok: true });
    expect(await setAccountActive(db, by, second.id, false)).toMatchObject({ ok: false });
    expect(await setAccountActive(db, actorOf(second), admin.id, true)).toMatchObject({ ok: true, user: { active: true } });
  });

  it('lets only administrators change accounts', async () => {
    const { db, accounts, admin, by } = await desk();
    const manager = created(await createAccount(db, accounts, by, { name: 'Max Manager', role: 'complaints-manager', password: 'canal thistle beacon' }, at(1)));
    expect(await setAccountActive(db, actorOf(manager), admin.id, false)).toMatchObject({ ok: false });
    expect(await resetPassword(db, accounts, actorOf(manager), admin.id, 'a whole new phrase', at(2))).toMatchObject({ ok: false });
  });

  it.each([
    ['a complaints manager', (manager: User, _admin: User) => actorOf(manager)],
    ['an agent claiming to be an administrator', (manager: User, _admin: User) => ({ userId: manager.id, role: 'administrator' as const })],
    ['a deactivated administrator', (_manager: User, admin: User) => actorOf(admin)],
  ])('refuses to let %s create an account (a complaints manager, say), and stores nothing', async (_who, actor) => {
    const { db, accounts, admin, by } = await desk();
    const manager = created(await createAccount(db, accounts, by, { name: 'Max Manager', role: 'complaints-manager', password: 'canal thistle beacon' }, at(1)));
    const second = created(await createAccount(db, accounts, by, { name: 'Bea Admin', role: 'administrator', password: 'tulip harbour anvil' }, at(1)));
    if (_who === 'a deactivated administrator') expect(await setAccountActive(db, actorOf(second), admin.id, false)).toMatchObject({ ok: true });
    const before = { users: await db.users.count(), credentials: await accounts.credentials.count() };
    expect(await createAccount(db, accounts, actor(manager, admin), { name: 'Mo Manager', role: 'complaints-manager', password: 'lantern fjord pebble' }, at(2))).toEqual({
      ok: false,
      missing: ['Only an administrator can add accounts'],
    });
    expect({ users: await db.users.count(), credentials: await accounts.credentials.count() }).toEqual(before);
  });

  it('resets a forgotten password and ends a lock-out', async () => {
    const { db, accounts, by } = await desk();
    const agent = created(await createAccount(db, accounts, by, { name: 'Sam Agent', role: 'agent', password: 'pebble lighthouse tram' }, at(1)));
    for (let i = 0; i < 5; i += 1) await checkPassword(accounts, agent.id, `wrong ${i}`, at(2));
    expect(await resetPassword(db, accounts, by, agent.id, 'fresh meadow signal', at(3))).toMatchObject({ ok: true });
    expect(await signIn(db, accounts, 'Sam Agent', 'fresh meadow signal', at(3))).toMatchObject({ ok: true });
    expect(await signIn(db, accounts, 'Sam Agent', 'pebble lighthouse tram', at(3))).toMatchObject({ ok: false });
  });
});
