// Separation of duties through real sign-in: an administrator cannot read complaints about staff or make
// themself able to (create a manager, reset a manager's password, sign in as either); every step is on the
// hash-chained duty log.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccount, resetPassword } from '../../../../../renderer/store/accounts/accounts';
import { setUpDesk, signIn } from '../../../../../renderer/store/accounts/sign-in';
import { DEFAULT_COMPANY_DETAILS } from '../../../../../renderer/store/settings/company-details';
import { openCase } from '../../../../../renderer/store/case-views';
import { recordComplaint } from '../../../../../renderer/store/cases';
import { checkDutyLog, readDutyLog } from '../../../../../renderer/store/duties/duty-log';
import { changeRole, confirmManagerRole, regrantAccess } from '../../../../../renderer/store/duties/roles';
import { accountsAwaitingAccess } from '../../../../../renderer/store/duties/awaiting-access';
import type { ComplaintsDatabase } from '../../../../../renderer/store/db';
import type { AccountsDatabase } from '../../../../../renderer/store/accounts/accounts-db';
import { actorOf, type User } from '../../../../../shared/model';
import { at, deleteDatabases, freshDatabases } from './databases';

afterEach(deleteDatabases);

const PASSWORDS = { admin: 'orchard violet compass', manager: 'harbour quartz meadow', agent: 'pebble lighthouse tram', newManager: 'saffron kettle glacier' };

function made(result: { ok: true; user: User } | { ok: false; missing: string[] }): User {
  if (!result.ok) throw new Error(result.missing.join('; '));
  return result.user;
}

/** A desk with an administrator, a complaints manager (the first: no confirmation) and an agent. */
async function desk() {
  const { db, accounts } = await freshDatabases();
  const admin = made(await setUpDesk(db, accounts, { name: 'Ada Admin', password: PASSWORDS.admin, company: DEFAULT_COMPANY_DETAILS }, at(0)));
  const by = actorOf(admin);
  const manager = made(await createAccount(db, accounts, by, { name: 'Morgan Lewis', role: 'complaints-manager', password: PASSWORDS.manager }, at(1)));
  const agent = made(await createAccount(db, accounts, by, { name: 'Amira Khan', role: 'agent', password: PASSWORDS.agent }, at(2)));
  return { db, accounts, admin, by, manager, agent };
}

async function signedIn(db: ComplaintsDatabase, accounts: AccountsDatabase, name: string, password: string, minute: number): Promise<User> {
  const result = await signIn(db, accounts, name, password, at(minute));
  if (!result.ok) throw new Error(result.message);
  return result.user;
}

async function staffComplaint(db: ComplaintsDatabase, accounts: AccountsDatabase, agent: User): Promise<string> {
  await signedIn(db, accounts, agent.name, PASSWORDS.agent, 3);
  const recorded = await recordComplaint(
    db,
    {
      customer: { details: { name: 'Siân Gwŷn Łukasiewicz', phone: '01632 960 001' } },
      complaint: { kind: 'complaint', channel: 'telephone', receivedAt: at(3), takenById: agent.id, nature: 'The adviser was rude about exit fees.', concernsStaff: true, namedStaffUserIds: [] },
    },
    actorOf(agent),
    at(3),
  );
  if (!recorded.ok) throw new Error(recorded.missing.join('; '));
  return recorded.case.id;
}

// Each sign-in derives two PBKDF2 keys (600,000 rounds): generous time on a busy machine.
describe('separation of duties', { timeout: 90_000 }, () => {
  it('makes the first complaints manager at once, and the administrator never one of the case’s readers', async () => {
    const { db, manager, admin } = await desk();
    expect(manager.role).toBe('complaints-manager');
    expect(await db.caseKeys.where('recipientId').equals(admin.id).count()).toBe(0);
  });

  it('route 1: a complaints-manager account the administrator creates is an agent until a manager confirms it, and reads nothing', async () => {
    const { db, accounts, by, agent, manager } = await desk();
    const caseId = await staffComplaint(db, accounts, agent);
    const created = made(await createAccount(db, accounts, by, { name: 'Nadia Patel', role: 'complaints-manager', password: PASSWORDS.newManager }, at(4)));
    expect(created.role).toBe('agent');
    expect(await db.roleRequests.get(created.id)).toMatchObject({ role: 'complaints-manager', requestedById: by.userId });
    // The administrator signs in as it, and even claims the role it asked for: nothing opens.
    const asIt = await signedIn(db, accounts, 'Nadia Patel', PASSWORDS.newManager, 5);
    expect((await openCase(db, caseId, actorOf(asIt), at(5))).status).toBe('not-found');
    expect((await openCase(db, caseId, { userId: asIt.id, role: 'complaints-manager' }, at(5))).status).toBe('not-found');
    // The administrator cannot confirm it; a complaints manager can, and only then does it read the case.
    expect(await confirmManagerRole(db, by, created.id, at(6))).toMatchObject({ ok: false });
    await signedIn(db, accounts, manager.name, PASSWORDS.manager, 7);
    expect(await confirmManagerRole(db, actorOf(manager), created.id, at(7))).toMatchObject({ ok: true, user: { role: 'complaints-manager' } });
    const confirmed = await signedIn(db, accounts, 'Nadia Patel', PASSWORDS.newManager, 8);
    expect((await openCase(db, caseId, actorOf(confirmed), at(8))).status).toBe('open');
  });

  it('route 2: changing an account’s role to complaints manager waits for a manager too', async () => {
    const { db, accounts, by, agent } = await desk();
    const caseId = await staffComplaint(db, accounts, agent);
    expect(await changeRole(db, by, agent.id, 'complaints-manager', at(4))).toMatchObject({ ok: true, pending: true, user: { role: 'agent' } });
    const asIt = await signedIn(db, accounts, agent.name, PASSWORDS.agent, 5);
    expect(asIt.role).toBe('agent');
    expect((await openCase(db, caseId, { userId: agent.id, role: 'complaints-manager' }, at(5))).status).not.toBe('open');
  });

  it('route 3: resetting a manager’s password gives new keys and no access until another manager re-grants it', async () => {
    const { db, accounts, by, agent, manager } = await desk();
    const second = made(await createAccount(db, accounts, by, { name: 'Rita Shah', role: 'complaints-manager', password: 'meadow plum tangent' }, at(2)));
    await signedIn(db, accounts, manager.name, PASSWORDS.manager, 2);
    made(await confirmManagerRole(db, actorOf(manager), second.id, at(2)));
    const caseId = await staffComplaint(db, accounts, agent);
    // Nobody waits while every reader's keys open what they should.
    expect(accountsAwaitingAccess(await db.users.toArray(), await db.userKeys.toArray(), (await readDutyLog(db)).entries, second.id)).toEqual([]);
    await signedIn(db, accounts, manager.name, PASSWORDS.manager, 4);
    expect((await openCase(db, caseId, actorOf(manager), at(4))).status).toBe('open');

    expect(await resetPassword(db, accounts, by, manager.id, 'administrator knows this', at(5))).toMatchObject({ ok: true });
    const asManager = await signedIn(db, accounts, manager.name, 'administrator knows this', 6);
    expect((await openCase(db, caseId, actorOf(asManager), at(6))).status).toBe('not-found');
    expect(await db.caseKeys.where('recipientId').equals(manager.id).count()).toBe(0);
    // Not even by re-granting themself, nor the administrator.
    expect(await regrantAccess(db, actorOf(asManager), manager.id, at(6))).toMatchObject({ ok: false });
    expect(await regrantAccess(db, by, manager.id, at(6))).toMatchObject({ ok: false });
    // Roles and access lists the manager as waiting, to the other manager but not to themself.
    const users = await db.users.toArray();
    const waiting = async (viewer: User) =>
      accountsAwaitingAccess(users, await db.userKeys.toArray(), (await readDutyLog(db)).entries, viewer.id).map((w) => [w.user.name, w.casesBefore]);
    expect(await waiting(second)).toEqual([[manager.name, 1]]);
    // Nor does a complaint recorded after the reset open for the keys whose password the administrator typed.
    const later = await staffComplaint(db, accounts, agent);
    await signedIn(db, accounts, manager.name, 'administrator knows this', 6);
    expect((await openCase(db, later, actorOf(asManager), at(6))).status).toBe('not-found');
    expect(await waiting(manager)).toEqual([]);
    await signedIn(db, accounts, second.name, 'meadow plum tangent', 7);
    expect(await regrantAccess(db, { userId: second.id, role: 'complaints-manager' }, manager.id, at(7))).toEqual({ ok: true, cases: 2 });
    expect(await waiting(second)).toEqual([]);
    const again = await signedIn(db, accounts, manager.name, 'administrator knows this', 8);
    expect((await openCase(db, caseId, actorOf(again), at(8))).status).toBe('open');
    expect((await openCase(db, later, actorOf(again), at(8))).status).toBe('open');
  });

  it('logs every role change, reset and grant on a chain that notices an edited entry', async () => {
    const { db, accounts, by, agent, manager } = await desk();
    await changeRole(db, by, agent.id, 'investigator', at(3));
    await resetPassword(db, accounts, by, agent.id, 'glacier saffron kettle', at(4));
    await signedIn(db, accounts, manager.name, PASSWORDS.manager, 5);
    await regrantAccess(db, actorOf(manager), agent.id, at(5));
    const { entries, check } = await readDutyLog(db);
    expect(check).toEqual({ ok: true, entries: entries.length });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['account-created', 'role-changed', 'password-reset', 'keys-created', 'access-granted']));
    const edited = entries.map((e) => (e.action === 'password-reset' ? { ...e, actorId: 'someone-else' } : e));
    expect(checkDutyLog(edited)).toMatchObject({ ok: false, problem: expect.stringContaining('changed') });
    expect(checkDutyLog(entries.filter((e) => e.seq !== 2))).toMatchObject({ ok: false });
  });
});
