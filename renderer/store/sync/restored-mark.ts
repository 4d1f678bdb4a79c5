// The mark a restore leaves on a joined desk (store/sync/restored.ts acts on it at the next sync). Apart so the
// restore loads none of the sync code for it.
import type { ComplaintsDatabase } from '../db';

const RESTORED_KEY = 'restored-from-backup';

/** Called by the restore on a joined desk, on the restored database, before the desk is pointed at it. */
export async function markRestored(db: ComplaintsDatabase, at: string): Promise<void> {
  await db.syncState.put({ key: RESTORED_KEY, value: at });
}

export async function wasRestored(db: ComplaintsDatabase): Promise<boolean> {
  return (await db.syncState.get(RESTORED_KEY)) !== undefined;
}

export async function forgetRestored(db: ComplaintsDatabase): Promise<void> {
  await db.syncState.delete(RESTORED_KEY);
}
