// How a joining desk's accounts become the office server's: matched by name (the desk's sign-in name against the
// server's user name, case-insensitive), or chosen by the administrator; every account a case names must have one.
import type { User } from '../../../../shared/model';
import type { AccountListResponse, DeskAccount } from '../../../../shared/sync';

export type ServerAccount = AccountListResponse['accounts'][number];

export interface AccountMatchRow {
  desk: User;
  /** The server account it becomes, or null while unmatched. */
  server: ServerAccount | null;
  /** Found by name, rather than chosen by hand. */
  byName: boolean;
  /** Some case on this desk names the account (recorder, investigator, named employee, an event's actor). */
  named: boolean;
}

const key = (text: string) => text.trim().toLocaleLowerCase('en-GB');

/** The rows the administrator sees: each desk account with the server account of the same name, if any. */
export function matchAccounts(desk: readonly User[], server: readonly ServerAccount[], named: ReadonlySet<string>): AccountMatchRow[] {
  const byUserName = new Map(server.map((a) => [key(a.userName), a]));
  const byName = new Map(server.map((a) => [key(a.user.name), a]));
  return desk.map((d) => {
    const found = byUserName.get(key(d.name)) ?? byName.get(key(d.name)) ?? null;
    return { desk: d, server: found, byName: found !== null, named: named.has(d.id) };
  });
}

/** The administrator's own choice for one desk account (null: leave it unmatched). */
export function chooseAccount(rows: readonly AccountMatchRow[], deskUserId: string, server: ServerAccount | null): AccountMatchRow[] {
  return rows.map((r) => (r.desk.id === deskUserId ? { ...r, server, byName: false } : r));
}

/** The accounts a case names that are still unmatched: the upload waits until there are none. */
export function unmatchedNamed(rows: readonly AccountMatchRow[]): User[] {
  return rows.filter((r) => r.named && r.server === null).map((r) => r.desk);
}

/** What the upload sends: every desk account, matched or not. */
export function deskAccounts(rows: readonly AccountMatchRow[]): DeskAccount[] {
  return rows.map((r) => ({ deskUserId: r.desk.id, serverUserId: r.server?.user.id ?? null }));
}

const ACCOUNTS_KEY = 'desk-upload:accounts';

/** The administrator's matching, kept on the desk until a complaints manager's sign-in uploads the cases. */
export async function saveDeskAccounts(db: { syncState: { put(r: { key: string; value: DeskAccount[] }): Promise<unknown> } }, accounts: DeskAccount[]): Promise<void> {
  await db.syncState.put({ key: ACCOUNTS_KEY, value: accounts });
}

export async function readDeskAccounts(db: { syncState: { get(key: string): Promise<{ value: unknown } | undefined> } }): Promise<DeskAccount[] | null> {
  const stored = await db.syncState.get(ACCOUNTS_KEY);
  return Array.isArray(stored?.value) ? (stored.value as DeskAccount[]) : null;
}
