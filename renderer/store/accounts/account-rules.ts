// What an administrator may not do to accounts: deactivate themself, or leave the desk without an active administrator.
import type { Actor, User } from '../../../shared/model';

export function activeAdministrators(users: readonly User[]): User[] {
  return users.filter((u) => u.role === 'administrator' && u.active);
}

/** Why this account cannot be deactivated by this person, or null when it can. */
export function deactivationProblem(target: User, by: Actor, users: readonly User[]): string | null {
  if (by.role !== 'administrator') return 'Only an administrator can deactivate accounts';
  if (!target.active) return 'This account is already deactivated';
  if (target.id === by.userId) return 'You cannot deactivate your own account: ask another administrator';
  if (target.role === 'administrator' && activeAdministrators(users).length <= 1) {
    return 'The desk needs at least one active administrator: add another before deactivating this one';
  }
  return null;
}

/** Names sign people in, so two accounts may not share one (ignoring case and spaces). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

export function findByName(users: readonly User[], name: string): User | undefined {
  const key = nameKey(name);
  return users.find((u) => nameKey(u.name) === key);
}
