// Where this desk's pulls have reached, per user (each pull is filtered for the user who made it), and the first
// sync's progress: kept in syncState and written in the same transaction as the page it follows.
import type { ComplaintsDatabase } from '../db';

const checkpointKey = (userId: string) => `checkpoint:${userId}`;
const FIRST_SYNC_KEY = 'first-sync-received';

/** '' when this user has never pulled on this desk (the server then sends everything from the start). */
export async function readCheckpoint(db: ComplaintsDatabase, userId: string): Promise<string> {
  const stored = await db.syncState.get(checkpointKey(userId));
  return typeof stored?.value === 'string' ? stored.value : '';
}

/** Call inside the transaction that applies the page the checkpoint follows. */
export async function writeCheckpoint(db: ComplaintsDatabase, userId: string, checkpoint: string, received: number): Promise<void> {
  const before = await db.syncState.get(FIRST_SYNC_KEY);
  const total = (typeof before?.value === 'number' ? before.value : 0) + received;
  await db.syncState.bulkPut([
    { key: checkpointKey(userId), value: checkpoint },
    { key: FIRST_SYNC_KEY, value: total },
  ]);
}

/** Forgets every user's checkpoint but `keep`'s: their next pull starts from the beginning (nothing is lost, only re-sent). */
export async function forgetOtherCheckpoints(db: ComplaintsDatabase, keep: string | null): Promise<void> {
  const keys = (await db.syncState.toCollection().primaryKeys()).filter((k) => k.startsWith('checkpoint:') && k !== (keep ? checkpointKey(keep) : ''));
  await db.syncState.bulkDelete(keys);
}

export async function recordsReceived(db: ComplaintsDatabase): Promise<number> {
  const stored = await db.syncState.get(FIRST_SYNC_KEY);
  return typeof stored?.value === 'number' ? stored.value : 0;
}
