// Signing in on a desk joined to an office server: the server checks the password; when it cannot be reached, the
// desk checks it against the hash it kept when this person last signed in here (so they can work offline).
import type { User } from '../../shared/model';
import { db } from '../store/desk';
import type { LocalAccounts } from '../store/sync/start';
import { getUser, listUsers } from '../store/users';
import { accountsDb } from '../store/accounts/accounts-db';
import { findByName } from '../store/accounts/account-rules';
import { checkPassword, setPassword } from '../store/accounts/credentials';
import { WRONG_NAME_OR_PASSWORD, type SignInResult } from '../store/accounts/sign-in';

const localAccounts = (knownUserId: (name: string) => Promise<string | null>): LocalAccounts => ({
  async remember(user: User, password: string) {
    await setPassword(accountsDb, user.id, password, new Date().toISOString());
  },
  async check(name, password) {
    const id = (await knownUserId(name)) ?? findByName(await listUsers(db), name)?.id;
    const user = id ? await getUser(db, id) : undefined;
    const usable = user?.active ? user : undefined;
    const checked = await checkPassword(accountsDb, usable?.id, password, new Date().toISOString());
    return checked.ok && usable ? { ok: true, user: usable } : { ok: false, message: WRONG_NAME_OR_PASSWORD };
  },
});

export async function signInJoinedDesk(name: string, password: string): Promise<SignInResult> {
  const sync = await import('../store/sync/start');
  const result = await sync.signInJoined(name, password, localAccounts(sync.knownUserId));
  return result.ok ? { ok: true, user: result.user } : result;
}

export async function signOutJoinedDesk(): Promise<void> {
  const sync = await import('../store/sync/start');
  await sync.signedOutOfDesk();
}
