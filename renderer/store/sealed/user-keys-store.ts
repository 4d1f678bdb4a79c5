// Each account's keys on the desk: made with the password that sets it, opened at sign-in into this window's
// memory (with the case keys wrapped for the user), and made anew by a password reset.
import type { User } from '../../../shared/model';
import { createUserKeys, unlockUserKeys, type UnlockedKeys } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import { logDuty } from '../duties/duty-log';
import { startKeySession } from './case-keys';

/**
 * New keys for an account, sealed under `password`; `madeBy` is who typed it (the user, or the administrator who
 * set it). Every wrap for the account's old keys is removed: they open for nobody now, and a complaints manager
 * re-grants what the user may read. Keys `awaitingGrant` (a reset) get no case key at all until that grant.
 */
export async function makeKeys(
  db: ComplaintsDatabase,
  userId: string,
  password: string,
  madeBy: string,
  now: string,
  options: { awaitingGrant?: boolean } = {},
): Promise<UnlockedKeys> {
  const { record, unlocked } = await createUserKeys(userId, password, now);
  await db.transaction('rw', db.userKeys, db.caseKeys, db.dutyLog, async () => {
    const removed = await db.caseKeys.where('recipientId').equals(userId).delete();
    await db.userKeys.put({ ...record, madeBy, ...(options.awaitingGrant ? { awaitingGrant: true as const } : {}) });
    await logDuty(db, { at: now, actorId: madeBy, action: 'keys-created', subjectId: userId, details: { accessRemovedFromCases: removed } });
  });
  return unlocked;
}

/** At sign-in, once the password is checked: the user's keys into this window's memory (made on first sign-in). */
export async function openKeys(db: ComplaintsDatabase, user: User, password: string, now: string): Promise<void> {
  const record = await db.userKeys.get(user.id);
  let unlocked: UnlockedKeys | undefined;
  if (record) unlocked = await unlockUserKeys(record, password).catch(() => undefined);
  // No keys yet (an account from before sealed records), or keys the checked password does not open.
  unlocked ??= await makeKeys(db, user.id, password, user.id, now);
  await startKeySession(db, unlocked, now);
}

/** Whether the account's keys were made with a password only the user knows (not one an administrator set). */
export async function keysAreOwn(db: ComplaintsDatabase, userId: string): Promise<boolean> {
  const record = await db.userKeys.get(userId);
  return record !== undefined && record.madeBy === userId;
}
