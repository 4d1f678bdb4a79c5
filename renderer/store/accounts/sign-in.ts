// Signing in and unlocking: who may use the desk, with one message for every wrong name or password.
import type { User } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { getUser, listUsers } from '../users';
import type { SignInGuard } from '../../host/desktop-host';
import { enGbDateTime as formatDateTime } from '../../../shared/policy/en-gb-dates';
import { saveCompanyDetails, type CompanyDetails } from '../settings/company-details';
import type { AccountsDatabase } from './accounts-db';
import { findByName } from './account-rules';
import { createAccount, FIRST_SET_UP, type AccountResult } from './accounts';
import { accountsWithPasswords, checkPassword } from './credentials';
import { openKeys } from '../sealed/user-keys-store';

export const WRONG_NAME_OR_PASSWORD = 'The user name or password is not right';

export type SignInResult = { ok: true; user: User } | { ok: false; message: string };

function lockedOutMessage(lockedUntil: string): string {
  return `Too many wrong passwords: this account is locked until ${formatDateTime(lockedUntil)}. Wait, or ask an administrator to reset the password.`;
}

/**
 * Checks the password of an account that exists and is active; any other account gets the same answer, just as
 * slowly. In the desktop app the main process also counts wrong passwords for the name typed (`guard`): a lock-out
 * there cannot be cleared from the page, and a name that is not an account locks out just the same.
 */
async function passwordFor(db: ComplaintsDatabase, accounts: AccountsDatabase, user: User | undefined, typedName: string, password: string, now: string, guard: SignInGuard | null): Promise<SignInResult> {
  const held = (await guard?.checkSignInLockout({ name: typedName }))?.lockedUntil;
  if (held) return { ok: false, message: lockedOutMessage(held) };
  const usable = user?.active ? user : undefined;
  const check = await checkPassword(accounts, usable?.id, password, now);
  if (check.ok && usable) {
    const still = (await guard?.signInSucceeded({ name: typedName }))?.lockedUntil;
    if (still) return { ok: false, message: lockedOutMessage(still) };
    // The password also unlocks the user's keys, for this window's memory only.
    await openKeys(db, usable, password, now);
    return { ok: true, user: usable };
  }
  const lockedByMain = (await guard?.signInFailed({ name: typedName }))?.lockedUntil;
  if (!check.ok && check.reason === 'locked-out') return { ok: false, message: lockedOutMessage(check.lockedUntil) };
  if (lockedByMain) return { ok: false, message: lockedOutMessage(lockedByMain) };
  return { ok: false, message: WRONG_NAME_OR_PASSWORD };
}

export async function signIn(db: ComplaintsDatabase, accounts: AccountsDatabase, name: string, password: string, now: string, guard: SignInGuard | null = null): Promise<SignInResult> {
  return passwordFor(db, accounts, findByName(await listUsers(db), name), name.slice(0, 200), password, now, guard);
}

/** The signed-in person types their password again to come back to a locked desk. */
export async function unlock(db: ComplaintsDatabase, accounts: AccountsDatabase, userId: string, password: string, now: string, guard: SignInGuard | null = null): Promise<SignInResult> {
  const user = await getUser(db, userId);
  const result = await passwordFor(db, accounts, user, user?.name ?? userId, password, now, guard);
  return result.ok || result.message !== WRONG_NAME_OR_PASSWORD ? result : { ok: false, message: 'The password is not right' };
}

/** The names a small desk may offer on the sign-in screen (an administrator's choice): active accounts that have a password. */
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
  const created = await createAccount(db, accounts, FIRST_SET_UP, { ...input, role: 'administrator' }, now);
  if (created.ok) await saveCompanyDetails(db, input.company);
  return created;
}
