// Who is waiting for a complaints manager to give them access to complaints about staff again, read off the duty
// log: an account whose keys were made anew (an administrator's password reset) and so lost the access its old keys
// had, with no grant since. Complaints recorded after the reset are wrapped for the new keys as usual.
import type { JsonValue, User } from '../../../shared/model';
import type { DutyLogEntry } from './duty-records';

export interface AwaitingAccess {
  user: User;
  /** When the keys that lost access were made. */
  since: string;
  /** How many complaints about staff the old keys opened. */
  casesBefore: number;
}

function removedFrom(details: JsonValue): number {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return 0;
  const removed = details.accessRemovedFromCases;
  return typeof removed === 'number' ? removed : 0;
}

/** The viewer is left out: nobody grants access to themselves. */
export function accountsAwaitingAccess(users: readonly User[], log: readonly DutyLogEntry[], viewerId: string): AwaitingAccess[] {
  const waiting: AwaitingAccess[] = [];
  for (const user of users) {
    if (!user.active || user.id === viewerId) continue;
    let pending: { since: string; casesBefore: number } | null = null;
    for (const entry of log) {
      if (entry.subjectId !== user.id) continue;
      if (entry.action === 'access-granted') pending = null;
      if (entry.action !== 'keys-created') continue;
      const casesBefore = removedFrom(entry.details);
      pending = casesBefore > 0 ? { since: entry.at, casesBefore } : null;
    }
    if (pending) waiting.push({ user, ...pending });
  }
  return waiting.sort((a, b) => a.user.name.localeCompare(b.user.name, 'en-GB'));
}
