// Whether the sign-in screen offers a list of names: off unless an administrator turns it on (a small desk where
// everyone knows everyone); otherwise staff type their name, so the screen tells a passer-by nothing.
import type { Actor } from '../../../shared/model';
import type { AccountsDatabase } from '../accounts/accounts-db';
import { SETTINGS } from './registry';
import { readSetting, writeSetting } from './setting';

export function loadOfferNames(accounts: AccountsDatabase): Promise<boolean> {
  return readSetting(accounts, SETTINGS.offerNamesAtSignIn);
}

export async function saveOfferNames(accounts: AccountsDatabase, by: Actor, offer: boolean): Promise<{ ok: true } | { ok: false; missing: string[] }> {
  if (by.role !== 'administrator') return { ok: false, missing: ['Only an administrator can choose how staff sign in'] };
  await writeSetting(accounts, SETTINGS.offerNamesAtSignIn, offer);
  return { ok: true };
}
