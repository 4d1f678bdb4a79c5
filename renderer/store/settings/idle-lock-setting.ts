// How long the desk may sit untouched before it locks: an administrator's setting kept in the accounts database.
import type { AccountsDatabase } from '../accounts/accounts-db';
import { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, SETTINGS } from './registry';
import { readSetting, writeSetting } from './setting';

export { DEFAULT_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from './registry';

export function loadIdleLockMinutes(accounts: AccountsDatabase): Promise<number> {
  return readSetting(accounts, SETTINGS.idleLockMinutes);
}

export async function saveIdleLockMinutes(accounts: AccountsDatabase, minutes: number): Promise<void> {
  if (!Number.isInteger(minutes) || minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
    throw new Error(`The idle lock must be a whole number of minutes from ${MIN_IDLE_LOCK_MINUTES} to ${MAX_IDLE_LOCK_MINUTES}`);
  }
  await writeSetting(accounts, SETTINGS.idleLockMinutes, minutes);
}
