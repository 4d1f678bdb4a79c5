// Keys for the fixture staff, made once per test file (each costs a PBKDF2 derivation), and sessions that hold
// one person's keys only, as a real desk does after sign-in.
import type { User } from '../../../shared/model';
import { createUserKeys, type UnlockedKeys, type UserKeyRecord } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { startKeySession } from '../../../renderer/store/sealed/case-keys';
import { staff } from '../../fixtures/cases';

export const FIXTURE_PASSWORD = 'fixture staple battery';
const made = new Map<string, Promise<{ record: UserKeyRecord; unlocked: UnlockedKeys }>>();

export function keysOf(userId: string) {
  let keys = made.get(userId);
  if (!keys) {
    keys = createUserKeys(userId, FIXTURE_PASSWORD, '2026-11-01T09:00:00.000Z');
    made.set(userId, keys);
  }
  return keys;
}

/** Stores every fixture person's public keys and unlocks them all in this window. */
export async function unlockFixtureStaff(db: ComplaintsDatabase, users: readonly User[] = Object.values(staff)): Promise<void> {
  const keys = await Promise.all(users.map((u) => keysOf(u.id)));
  await db.userKeys.bulkPut(keys.map((k) => k.record));
  for (const k of keys) db.keyring.unlock(k.unlocked);
}

/** This window as one person's desk after sign-in: only their keys, their wraps loaded. */
export async function signedInAs(db: ComplaintsDatabase, user: User, now = '2026-12-01T09:00:00.000Z'): Promise<void> {
  const { unlocked } = await keysOf(user.id);
  await startKeySession(db, unlocked, now);
}
