// Accounts on the desk: the user record in the main store (name, role, active) and its password in the accounts database.
import type { Actor, Role, User } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { getUser, listUsers, saveUser } from '../users';
import type { AccountsDatabase } from './accounts-db';
import { deactivationProblem, findByName } from './account-rules';
import { removePassword, setPassword } from './credentials';
import { guessablePassword } from './password-rule';
import { logDuty } from '../duties/duty-log';
import { requestManagerRole, roleToGrant } from '../duties/roles';
import { makeKeys } from '../sealed/user-keys-store';

export interface NewAccount {
  name: string;
  email?: string;
  role: Role;
  password: string;
}

export type AccountResult = { ok: true; user: User } | { ok: false; missing: string[] };

/** Who creates the desk's first administrator: set-up, when nobody can sign in yet (sign-in.ts checks that). */
export const FIRST_SET_UP = Symbol('first set-up');

/**
 * Adds a member of staff who can sign in; only an active administrator may (or the desk's set-up, once). The
 * password is stored first: if the user record then fails, the password is removed again, so there is never an
 * account without a password or a password without an account.
 */
export async function createAccount(db: ComplaintsDatabase, accounts: AccountsDatabase, by: Actor | typeof FIRST_SET_UP, input: NewAccount, now: string): Promise<AccountResult> {
  if (by !== FIRST_SET_UP && !(await isActiveAdministrator(db, by))) return { ok: false, missing: ['Only an administrator can add accounts'] };
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (findByName(await listUsers(db), name)) return { ok: false, missing: [`There is already an account named ${name}: use another name`] };
  const weak = guessablePassword(input.password, name);
  if (weak) return { ok: false, missing: [weak] };
  const email = input.email?.trim();
  // A new complaints manager (but the first) is an agent until an existing complaints manager confirms them.
  const grant = await roleToGrant(db, input.role, 'agent');
  const user: User = { id: crypto.randomUUID(), name, role: grant.now, active: true, ...(email ? { email } : {}) };
  await setPassword(accounts, user.id, input.password, now);
  try {
    const saved = await saveUser(db, user);
    if (!saved.ok) {
      await removePassword(accounts, user.id);
      return saved;
    }
    const actorId = by === FIRST_SET_UP ? user.id : by.userId;
    await logDuty(db, { at: now, actorId, action: 'account-created', subjectId: user.id, details: { role: grant.now } });
    if (grant.pending) await requestManagerRole(db, by === FIRST_SET_UP ? { userId: user.id, role: user.role } : by, user.id, now);
    // Keys made with a password the administrator typed give no access: only a complaints manager grants it.
    await makeKeys(db, user.id, input.password, actorId, now);
    return saved;
  } catch (error) {
    await removePassword(accounts, user.id);
    throw error;
  }
}

/**
 * The actor's role is checked against the store, not taken on trust: an account deactivated or demoted since it
 * signed in no longer acts as an administrator.
 */
async function isActiveAdministrator(db: ComplaintsDatabase, by: Actor): Promise<boolean> {
  const stored = await getUser(db, by.userId);
  return by.role === 'administrator' && stored?.role === 'administrator' && stored.active;
}

/** Deactivates or reactivates an account, refusing what account-rules forbids. */
export async function setAccountActive(db: ComplaintsDatabase, by: Actor, userId: string, active: boolean): Promise<AccountResult> {
  if (!(await isActiveAdministrator(db, by))) return { ok: false, missing: ['Only an administrator can change accounts'] };
  const target = await getUser(db, userId);
  if (!target) return { ok: false, missing: ['That account is no longer on this desk'] };
  if (!active) {
    const problem = deactivationProblem(target, by, await listUsers(db));
    if (problem) return { ok: false, missing: [problem] };
  }
  return saveUser(db, { ...target, active });
}

/** An administrator sets a new password for someone who has forgotten theirs; it also ends any lock-out. */
export async function resetPassword(
  db: ComplaintsDatabase,
  accounts: AccountsDatabase,
  by: Actor,
  userId: string,
  password: string,
  now: string,
): Promise<AccountResult> {
  if (!(await isActiveAdministrator(db, by))) return { ok: false, missing: ['Only an administrator can reset passwords'] };
  const target = await getUser(db, userId);
  if (!target) return { ok: false, missing: ['That account is no longer on this desk'] };
  const weak = guessablePassword(password, target.name);
  if (weak) return { ok: false, missing: [weak] };
  await setPassword(accounts, userId, password, now);
  // New keys too: the old ones' access is gone, and stays gone until a complaints manager re-grants it.
  await makeKeys(db, userId, password, by.userId, now, { awaitingGrant: true });
  await logDuty(db, { at: now, actorId: by.userId, action: 'password-reset', subjectId: userId });
  return { ok: true, user: target };
}
