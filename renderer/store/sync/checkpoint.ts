// Where this desk's pulls have reached, per user (each pull is filtered for the user who made it), and the first
// sync's progress: kept in syncState and written in the same transaction as the page it follows.
import type { ComplaintsDatabase } from '../db';

const checkpointKey = (userId: string) => `checkpoint:${userId}`;
const firstSyncKey = (userId: string) => `first-sync:${userId}`;

/** A first sync under way: the cases received so far of the total the server counted for this user. */
export type FirstSyncProgress = {
  received: number;
  total: number;
};

/** What a page adds to the first sync's progress. */
export interface PageProgress {
  /** Case records in the page. */
  cases: number;
  /** The server's count, sent only with the first page of a first sync. */
  caseTotal: number | undefined;
  /** True when this page leaves the desk up to date: the first sync is over. */
  done: boolean;
}

/** '' when this user has never pulled on this desk (the server then sends everything from the start). */
export async function readCheckpoint(db: ComplaintsDatabase, userId: string): Promise<string> {
  const stored = await db.syncState.get(checkpointKey(userId));
  return typeof stored?.value === 'string' ? stored.value : '';
}

/**
 * Call inside the transaction that applies the page the checkpoint follows: the first sync's progress moves with
 * it, so a first sync stopped midway (tab closed) resumes with its count where it stopped.
 */
export async function writeCheckpoint(db: ComplaintsDatabase, userId: string, checkpoint: string, page: PageProgress): Promise<void> {
  await db.syncState.put({ key: checkpointKey(userId), value: checkpoint });
  const before = await readFirstSync(db, userId);
  if (page.done) {
    if (before) await db.syncState.delete(firstSyncKey(userId));
    return;
  }
  const total = page.caseTotal ?? before?.total;
  if (total === undefined) return;
  const progress: FirstSyncProgress = { received: (page.caseTotal === undefined ? (before?.received ?? 0) : 0) + page.cases, total };
  await db.syncState.put({ key: firstSyncKey(userId), value: progress });
}

/** The user's first sync under way on this desk, or null when none is (never started, or finished). */
export async function readFirstSync(db: ComplaintsDatabase, userId: string): Promise<FirstSyncProgress | null> {
  const stored = (await db.syncState.get(firstSyncKey(userId)))?.value as Partial<FirstSyncProgress> | undefined;
  return typeof stored?.received === 'number' && typeof stored.total === 'number' ? { received: stored.received, total: stored.total } : null;
}

/** Forgets every user's checkpoint but `keep`'s: their next pull starts from the beginning (nothing is lost, only re-sent). */
export async function forgetOtherCheckpoints(db: ComplaintsDatabase, keep: string | null): Promise<void> {
  const keys = (await db.syncState.toCollection().primaryKeys()).filter(
    (k) => (k.startsWith('checkpoint:') && k !== (keep ? checkpointKey(keep) : '')) || (k.startsWith('first-sync:') && k !== (keep ? firstSyncKey(keep) : '')),
  );
  await db.syncState.bulkDelete(keys);
}
