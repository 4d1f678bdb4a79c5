// Keys for the fixture staff, made once per test file (each costs a PBKDF2 derivation), and sessions that hold
// one person's keys only, as a real desk does after sign-in.
import type { ComplaintCase, User } from '../../../shared/model';
import { isConfidential } from '../../../shared/policy';
import { newContentKey, wrapPersonal } from '../../../shared/sealed';
import { ComplaintsDatabase as Desk } from '../../../renderer/store/db';
import { createUserKeys, type UnlockedKeys, type UserKeyRecord } from '../../../shared/sealed';
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
export async function unlockFixtureStaff(db: Desk, users: readonly User[] = Object.values(staff)): Promise<void> {
  const keys = await Promise.all(users.map((u) => keysOf(u.id)));
  await db.userKeys.bulkPut(keys.map((k) => k.record));
  for (const k of keys) db.keyring.unlock(k.unlocked);
}

/** This window as one person's desk after sign-in: only their keys, their wraps loaded. */
export async function signedInAs(db: Desk, user: User, now = '2026-12-01T09:00:00.000Z'): Promise<void> {
  const { unlocked } = await keysOf(user.id);
  await startKeySession(db, unlocked, now);
}

const caseKeysByDesk = new Map<string, Map<string, Uint8Array>>();

/**
 * For tests that write cases directly (writeCaseChange, not recordComplaint): a key for each complaint about
 * staff, held in this window and wrapped for every person unlocked here, as recording would.
 */
export async function sealFixtureCases(db: Desk, cases: readonly ComplaintCase[]): Promise<void> {
  const keys = caseKeysByDesk.get(db.name) ?? new Map<string, Uint8Array>();
  caseKeysByDesk.set(db.name, keys);
  const rows = [];
  for (const c of cases.filter((x) => isConfidential(x))) {
    const key = newContentKey();
    keys.set(c.id, key);
    db.keyring.holdKey(c.id, key);
    for (const u of db.keyring.users.values()) rows.push({ caseId: c.id, recipientId: u.userId, wrap: wrapPersonal(key, c.id, u.userId, u.personalKey), by: 'fixture', at: '2026-11-01T09:00:00.000Z' });
  }
  if (db.caseKeys) await db.caseKeys.bulkPut(rows);
}

/** Another window on the same desk, holding the same case keys before it opens (so its upgrades can read them). */
export function reopenedWithKeys(db: Desk): Desk {
  const other = new Desk(db.name);
  for (const [caseId, key] of caseKeysByDesk.get(db.name) ?? []) other.keyring.holdKey(caseId, key);
  for (const keys of db.keyring.users.values()) other.keyring.unlock(keys);
  return other;
}
