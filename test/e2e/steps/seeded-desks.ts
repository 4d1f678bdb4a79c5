// Which browser contexts started on a seeded desk (see desk.ts), and with which accounts.
import type { BrowserContext } from '@playwright/test';
import type { Account } from './sign-in';

const seededContexts = new WeakMap<BrowserContext, string>();

/** The accounts in one fixed order, whatever order a file lists them in: the order a seeded desk creates them. */
export function inSeedOrder(accounts: readonly Account[]): Account[] {
  const key = (a: Account) => `${a.role}:${a.name}`;
  return [...accounts].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Names a set of accounts: [agent, manager] and [manager, agent] are the same desk, seeded once. */
export function accountsKey(accounts: readonly Account[]): string {
  return inSeedOrder(accounts).map((a) => `${a.role}:${a.name}`).join('|');
}

export function markSeeded(context: BrowserContext, accounts: readonly Account[]): void {
  seededContexts.set(context, accountsKey(accounts));
}

/**
 * True when this context's desk was seeded with exactly these accounts (the story then only signs in); false when
 * it was not seeded. A story asking for other accounts than its file declared is a mistake, said at once.
 */
export function startsSeeded(context: BrowserContext, accounts: readonly Account[]): boolean {
  const seeded = seededContexts.get(context);
  if (seeded === undefined) return false;
  if (seeded !== accountsKey(accounts)) throw new Error(`This story asks for a desk with ${accountsKey(accounts)}, but its file declares test.use({ desk }) with ${seeded}`);
  return true;
}
