// Separation of duties: an administrator changes roles, but a new complaints manager takes effect only when an
// existing one confirms it, and only a complaints manager can give anyone access to complaints about staff.
import type { Actor, Role, User } from '../../../shared/model';
import { roleLabels } from '../../../shared/model';
import type { UnlockedKeys } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import { grantReader, publicKeyOf } from '../sealed/case-keys';
import { syncHook } from '../sync-hook';
import { logDuty } from './duty-log';
import type { RoleRequest } from './duty-records';
import { pendingKeySyncKey } from '../sync/pending-key';

export type RoleChange = { ok: true; user: User; pending: boolean } | { ok: false; missing: string[] };

const MANAGER: Role = 'complaints-manager';

function activeManagers(users: readonly User[]): User[] {
  return users.filter((u) => u.role === MANAGER && u.active);
}

/**
 * The role a new or changed account gets now: a complaints manager only when there is none yet on the desk (the
 * first, at set-up); otherwise the request waits for a complaints manager and the account keeps `meanwhile`.
 */
export async function roleToGrant(db: ComplaintsDatabase, role: Role, meanwhile: Role): Promise<{ now: Role; pending: boolean }> {
  if (role !== MANAGER) return { now: role, pending: false };
  const managers = activeManagers(await db.users.toArray());
  return managers.length === 0 ? { now: MANAGER, pending: false } : { now: meanwhile, pending: true };
}

/** Records that `userId` asks to become a complaints manager, as `by` requested. */
export async function requestManagerRole(db: ComplaintsDatabase, by: Actor, userId: string, now: string): Promise<void> {
  const request: RoleRequest = { userId, role: MANAGER, requestedById: by.userId, requestedAt: now };
  await db.transaction('rw', db.roleRequests, db.dutyLog, async () => {
    await db.roleRequests.put(request);
    await logDuty(db, { at: now, actorId: by.userId, action: 'role-requested', subjectId: userId, details: { role: MANAGER } });
  });
}

/** An administrator changes an account's role; to complaints manager it waits for a complaints manager's confirmation. */
export async function changeRole(db: ComplaintsDatabase, by: Actor, userId: string, role: Role, now: string): Promise<RoleChange> {
  if (by.role !== 'administrator') return { ok: false, missing: ['Only an administrator can change an account’s role'] };
  const target = await db.users.get(userId);
  if (!target) return { ok: false, missing: ['That account is no longer on this desk'] };
  if (target.role === role) return { ok: false, missing: [`${target.name} is already ${roleLabels[role].toLowerCase()}`] };
  const users = await db.users.toArray();
  if (target.role === 'administrator' && users.filter((u) => u.role === 'administrator' && u.active).length <= 1) {
    return { ok: false, missing: ['The desk needs at least one active administrator: make another before changing this one'] };
  }
  const grant = await roleToGrant(db, role, target.role);
  if (grant.pending) {
    await requestManagerRole(db, by, userId, now);
    return { ok: true, user: target, pending: true };
  }
  const changed = { ...target, role: grant.now };
  await db.transaction('rw', db.users, db.caseKeys, db.roleRequests, db.dutyLog, async () => {
    await db.users.put(changed);
    await db.roleRequests.delete(userId);
    // Leaving the complaints manager role takes its access with it at once.
    const removed = target.role === MANAGER ? await db.caseKeys.where('recipientId').equals(userId).delete() : 0;
    await logDuty(db, { at: now, actorId: by.userId, action: 'role-changed', subjectId: userId, details: { from: target.role, to: grant.now, accessRemovedFromCases: removed } });
  });
  return { ok: true, user: changed, pending: false };
}

export async function pendingRoleRequests(db: ComplaintsDatabase): Promise<RoleRequest[]> {
  return db.roleRequests.toArray();
}

/** Why `by` may not confirm or give access to `userId`, or null. */
async function grantProblem(db: ComplaintsDatabase, by: Actor, keys: UnlockedKeys | undefined, userId: string): Promise<string | null> {
  if (by.role !== MANAGER) return 'Only a complaints manager can confirm a complaints manager or give access to complaints about staff';
  if (!keys || keys.userId !== by.userId) return 'Sign in again: your keys are not open in this window';
  if (by.userId === userId) return 'You cannot confirm or give access to yourself: ask another complaints manager';
  const target = await db.users.get(userId);
  if (!target?.active) return 'That account is not active on this desk';
  // On a joined desk another account's public key comes from the office server (store/sync/apply.ts).
  if (!(await db.userKeys.get(userId)) && !(await publicKeyOf(db, userId)) && !(await db.syncState.get(pendingKeySyncKey(userId)))) return `${target.name} must sign in once first, so that their keys are made`;
  return null;
}

/** A complaints manager confirms a request: the role takes effect and every complaint about staff is wrapped for them. */
export async function confirmManagerRole(db: ComplaintsDatabase, by: Actor, userId: string, now: string): Promise<RoleChange> {
  const keys = db.keyring.users.get(by.userId);
  const problem = await grantProblem(db, by, keys, userId);
  if (problem) return { ok: false, missing: [problem] };
  const request = await db.roleRequests.get(userId);
  const target = await db.users.get(userId);
  if (!request || !target) return { ok: false, missing: ['There is no request for this account to confirm'] };
  const changed = { ...target, role: request.role };
  await db.transaction('rw', db.users, db.roleRequests, db.dutyLog, async () => {
    await db.users.put(changed);
    await db.roleRequests.delete(userId);
    await logDuty(db, { at: now, actorId: by.userId, action: 'role-confirmed', subjectId: userId, details: { role: request.role, requestedBy: request.requestedById } });
  });
  await regrantAccess(db, by, userId, now);
  return { ok: true, user: changed, pending: false };
}

/** A complaints manager refuses a request: the account keeps its role. */
export async function refuseManagerRole(db: ComplaintsDatabase, by: Actor, userId: string, now: string): Promise<RoleChange> {
  if (by.role !== MANAGER) return { ok: false, missing: ['Only a complaints manager can refuse a request to become a complaints manager'] };
  const target = await db.users.get(userId);
  if (!target || !(await db.roleRequests.get(userId))) return { ok: false, missing: ['There is no request for this account to refuse'] };
  await db.transaction('rw', db.roleRequests, db.dutyLog, async () => {
    await db.roleRequests.delete(userId);
    await logDuty(db, { at: now, actorId: by.userId, action: 'role-request-refused', subjectId: userId });
  });
  return { ok: true, user: target, pending: false };
}

/**
 * A complaints manager gives an account access again (after a password reset, or as a new manager): each
 * complaint about staff the manager holds and the policy lets the account read is wrapped for its new keys.
 */
export async function regrantAccess(db: ComplaintsDatabase, by: Actor, userId: string, now: string): Promise<{ ok: true; cases: number } | { ok: false; missing: string[] }> {
  const keys = db.keyring.users.get(by.userId);
  const problem = await grantProblem(db, by, keys, userId);
  if (problem || !keys) return { ok: false, missing: [problem ?? 'Sign in again'] };
  const target = (await db.users.get(userId))!;
  // On a joined desk, a key the server sent that this desk has not trusted yet (a reset) is vouched for first.
  await syncHook()?.vouch(db, keys, userId);
  const granted = await grantReader(db, keys, target, now);
  // On a joined desk the wraps travel to the office server, so the account opens them at any desk.
  await syncHook()?.granted(db, granted, userId, by, now);
  await logDuty(db, { at: now, actorId: by.userId, action: 'access-granted', subjectId: userId, details: { cases: granted.length } });
  return { ok: true, cases: granted.length };
}
