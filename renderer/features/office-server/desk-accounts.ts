// Before a desk with cases of its own joins: the administrator's sign-in lists the server's accounts, and the desk's
// are matched to them by name (store/sync/desk-upload/match-accounts.ts).
import { db } from '../../store/desk';
import { matchAccounts, type AccountMatchRow, type ServerAccount } from '../../store/sync/desk-upload/match-accounts';
import { serverOrigin } from '../../store/sync/joined';

export type AccountMatchStep = { ok: true; rows: AccountMatchRow[]; server: ServerAccount[]; cases: number } | { ok: false; message: string };

/** How many cases of its own this desk holds (none: nothing to upload or match). */
export async function deskCaseCount(): Promise<number> {
  return db.caseRows.count();
}

export async function readAccountMatch(address: string, userName: string, password: string): Promise<AccountMatchStep> {
  const origin = serverOrigin(address);
  if (!origin) return { ok: false, message: 'Enter the office server’s address, e.g. https://complaints.example.co.uk' };
  const { SyncClient } = await import('../../store/sync/client');
  const { accountsNamedOnDesk } = await import('../../store/sync/desk-upload/upload-desk');
  try {
    const client = new SyncClient(origin);
    await client.signIn(userName, password);
    const server = await client.accounts();
    const desk = await db.users.toArray();
    const named = await accountsNamedOnDesk(db, new Set(desk.map((u) => u.id)));
    return { ok: true, rows: matchAccounts(desk, server, named), server, cases: await deskCaseCount() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
