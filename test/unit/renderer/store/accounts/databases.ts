// Fresh, empty main and accounts databases on fake-indexeddb for each sign-in test, deleted afterwards.
import 'fake-indexeddb/auto';
import { ComplaintsDatabase } from '../../../../../renderer/store/db';
import { AccountsDatabase } from '../../../../../renderer/store/accounts/accounts-db';

const open: { close(): void; delete(): Promise<void> }[] = [];

export async function freshDatabases(): Promise<{ db: ComplaintsDatabase; accounts: AccountsDatabase }> {
  const id = crypto.randomUUID();
  const db = new ComplaintsDatabase(`sign-in-test-${id}`);
  const accounts = new AccountsDatabase(`sign-in-test-accounts-${id}`);
  open.push(db, accounts);
  await Promise.all([db.open(), accounts.open()]);
  return { db, accounts };
}

export async function deleteDatabases(): Promise<void> {
  for (const database of open.splice(0)) {
    database.close();
    await database.delete();
  }
}

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString();
