// Where a joined desk keeps an account's public key that the office server sent and the desk has not trusted
// (store/sync/key-trust.ts): named once, and read by Roles and access without loading the sync code.
import type { ComplaintsDatabase } from '../db';

const PENDING_KEY_PREFIX = 'public-key-pending:';

export const pendingKeySyncKey = (userId: string) => `${PENDING_KEY_PREFIX}${userId}`;

/** The accounts whose new key waits on this desk for a complaints manager's confirmation. */
export async function accountsWithKeyWaiting(db: ComplaintsDatabase): Promise<string[]> {
  const keys = await db.syncState.where('key').startsWith(PENDING_KEY_PREFIX).primaryKeys();
  return keys.map((k) => k.slice(PENDING_KEY_PREFIX.length));
}
