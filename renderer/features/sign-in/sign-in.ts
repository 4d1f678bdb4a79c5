// Signing in and unlocking: who may use the desk, with one message for every wrong name or password.
import type { User } from '../../../shared/model';
import type { ComplaintsDatabase } from '../../store/db';
import { getUser, listUsers } from '../../store/users';
import { formatDateTime } from '../../ui/en-gb-format';
import { saveCompanyDetails, type CompanyDetails } from '../settings/company-details';
import type { AccountsDatabase } from './accounts-db';
import { findByName } from './account-rules';
import { createAccount, type AccountResult } from './accounts';
import { accountsWithPasswords, checkPassword } from './credentials';
import { openKeys } from '../../store/sealed/user-keys-store';

export const WRONG_NAME_OR_PASSWORD = 'The user name or password is not right';

export type SignInResult = { ok: true; user: User } | { ok: false; message: string };

function lockedOutMessage(lockedUntil: string): string {
  return `Too many wrong passwords: this account is locked until ${formatDateTime(lockedUntil)}. Wait, or ask an administrator to reset the password.`;
}

/** Checks the password of an account that exists and is active; any other account gets the same answer, just as slowly. */
async function passwordFor(db: ComplaintsDatabase, accounts: AccountsDatabase, user: User | undefined, password: string, now: string): Promise<SignInResult> {
  const usable = user?.active ? user : undefined;
  const check = await checkPassword(accounts, usable?.id, password, now);
  if (check.ok && usable) {
    // The password also unlocks the user's keys, for this window's memory only.
    await openKeys(db, usable, password, now);
    return { ok: true, user: usable };
  }
  if (!check.ok && check.reason === 'locked-out') return { ok: false, message: lockedOutMessage(check.lockedUntil) };
  return { ok: false, message: WRONG_NAME_OR_PASSWORD };
}

export async function signIn(db: ComplaintsDatabase, accounts: AccountsDatabase, name: string, password: string, now: string): Promise<SignInResult> {
  return passwordFor(db, accounts, findByName(await listUsers(db), name), password, now);
}

/** The signed-in person types their password again to come back to a locked desk. */
export async function unlock(db: ComplaintsDatabase, accounts: AccountsDatabase, userId: string, password: string, now: string): Promise<SignInResult> {
  const result = await passwordFor(db, accounts, await getUser(db, userId), password, now);
  return result.ok || result.message !== WRONG_NAME_OR_PASSWORD ? result : { ok: false, message: 'The password is not right' };
}

/** The names offered on the sign-in screen: active accounts that have a password. */
export async function signInNames(db: ComplaintsDatabase, accounts: AccountsDatabase): Promise<string[]> {
  const withPasswords = await accountsWithPasswords(accounts);
  return (await listUsers(db))
    .filter((u) => u.active && withPasswords.has(u.id))
    .map((u) => u.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** First start: nobody can sign in yet (no active account with a password), so the desk asks for its administrator. */
export async function needsSetUp(db: ComplaintsDatabase, accounts: AccountsDatabase): Promise<boolean> {
  return (await signInNames(db, accounts)).length === 0;
}

export interface DeskSetUp {
  name: string;
  email?: string;
  password: string;
  company: CompanyDetails;
}

/** Creates the first administrator and records the company details; refused once anyone can sign in. */
export async function setUpDesk(db: ComplaintsDatabase, accounts: AccountsDatabase, input: DeskSetUp, now: string): Promise<AccountResult> {
  if (!(await needsSetUp(db, accounts))) return { ok: false, missing: ['This desk is already set up: sign in instead'] };
  const created = await createAccount(db, accounts, { ...input, role: 'administrator' }, now);
  if (created.ok) await saveCompanyDetails(db, input.company);
  return created;
}
