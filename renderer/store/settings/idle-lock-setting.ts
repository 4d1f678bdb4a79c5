// How long the desk may sit untouched before it locks: an administrator's setting kept in the accounts database.
import type { AccountsDatabase } from '../accounts/accounts-db';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 240;
const KEY = 'idleLockMinutes';

export async function loadIdleLockMinutes(accounts: AccountsDatabase): Promise<number> {
  const value = (await accounts.preferences.get(KEY))?.value;
  return typeof value === 'number' && value >= MIN_IDLE_LOCK_MINUTES && value <= MAX_IDLE_LOCK_MINUTES ? value : DEFAULT_IDLE_LOCK_MINUTES;
}

export async function saveIdleLockMinutes(accounts: AccountsDatabase, minutes: number): Promise<void> {
  if (!Number.isInteger(minutes) || minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
    throw new Error(`The idle lock must be a whole number of minutes from ${MIN_IDLE_LOCK_MINUTES} to ${MAX_IDLE_LOCK_MINUTES}`);
  }
  await accounts.preferences.put({ key: KEY, value: minutes });
}
