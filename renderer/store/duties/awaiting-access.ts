// Who is waiting for a complaints manager to give them access to complaints about staff again: an account whose
// keys an administrator's password reset made (they receive no case key until a grant), or whose keys were made anew
// and so lost the access the old ones had, with no grant since (read off the duty log).
import type { JsonValue, User } from '../../../shared/model';
import type { StoredUserKeys } from '../schema/v8';
import type { DutyLogEntry } from './duty-records';

export interface AwaitingAccess {
  user: User;
  /** When the keys that lost access were made; null for a key waiting for confirmation (the desk does not know). */
  since: string | null;
  /** A joined desk: the office server sent a different public key for the account, unused until confirmed. */
  keyWaiting: boolean;
  /** How many complaints about staff the old keys opened. */
  casesBefore: number;
}

function removedFrom(details: JsonValue): number {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return 0;
  const removed = details.accessRemovedFromCases;
  return typeof removed === 'number' ? removed : 0;
}

/**
 * The viewer is left out: nobody grants access to themselves. `keysWaiting`: accounts whose new public key, sent by
 * the office server, waits on this desk for a complaints manager's confirmation (store/sync/pending-key.ts).
 */
export function accountsAwaitingAccess(
  users: readonly User[],
  keys: readonly Pick<StoredUserKeys, 'userId' | 'awaitingGrant' | 'createdAt'>[],
  log: readonly DutyLogEntry[],
  viewerId: string,
  keysWaiting: readonly string[] = [],
): AwaitingAccess[] {
  const waiting: AwaitingAccess[] = [];
  for (const user of users) {
    if (!user.active || user.id === viewerId) continue;
    const held = keys.find((k) => k.userId === user.id && k.awaitingGrant);
    let pending: { since: string; casesBefore: number } | null = null;
    for (const entry of log) {
      if (entry.subjectId !== user.id) continue;
      if (entry.action === 'access-granted') pending = null;
      if (entry.action !== 'keys-created') continue;
      const casesBefore = removedFrom(entry.details);
      pending = casesBefore > 0 ? { since: entry.at, casesBefore } : null;
    }
    const keyWaiting = keysWaiting.includes(user.id);
    if (held) waiting.push({ user, since: held.createdAt, casesBefore: pending?.casesBefore ?? 0, keyWaiting });
    else if (pending) waiting.push({ user, ...pending, keyWaiting });
    else if (keyWaiting) waiting.push({ user, since: null, casesBefore: 0, keyWaiting });
  }
  return waiting.sort((a, b) => a.user.name.localeCompare(b.user.name, 'en-GB'));
}
