// The stories' `test`: as Playwright's, with a `desk` option. A file that declares
// `test.use({ desk: { accounts: [agent] } })` (an object: Playwright would read a two-item list as value and options)
// starts each story on a desk that already has the administrator and those accounts, signed out, at STORY_NOW.
//
// Setting a desk up through the screens (first administrator, then each account: a 600,000-round PBKDF2 hash each)
// took most of many stories' time. It is now done once a run for each set of accounts, as a story would, saving
// the browser's storage (localStorage and IndexedDB, through Playwright's storageState); every story that declares
// that set starts a fresh browser context from the copy, so stories stay independent. The set-up itself is still
// told step by step by the stories that start from an empty desk (accounts-and-settings, sign-in-name-list, …).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Browser } from '@playwright/test';
import { STORY_NOW } from './case-page';
import { accountsKey, inSeedOrder, markSeeded } from './seeded-desks';
import { administrator, createAccount, setUpDesk, signOut, type Account } from './sign-in';

export { expect } from '@playwright/test';

type ContextOptions = Parameters<Browser['newContext']>[0];

/** Sets a desk up through the screens in a context of its own and saves its storage; one file per set. */
async function seedDesk(browser: Browser, options: ContextOptions, accounts: readonly Account[], file: string): Promise<string> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(STORY_NOW);
    await setUpDesk(page);
    for (const account of inSeedOrder(accounts)) await createAccount(page, account);
    await signOut(page, administrator.name);
    await context.storageState({ path: file, indexedDB: true });
    return file;
  } finally {
    await context.close();
  }
}

/**
 * The seed for a set of accounts, made once per test run whichever worker asks first: the others wait for its
 * file. The folder is named after the run (the workers' parent process), so a seed never outlives its build.
 */
async function seedFor(browser: Browser, options: ContextOptions, accounts: readonly Account[], folder: string): Promise<string> {
  const file = path.join(folder, `desk-${createHash('sha256').update(accountsKey(accounts)).digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return file;
  try {
    closeSync(openSync(`${file}.lock`, 'wx'));
  } catch {
    for (const started = Date.now(); !existsSync(file); await new Promise((r) => setTimeout(r, 250))) {
      if (existsSync(`${file}.failed`)) throw new Error(`Seeding the desk failed in another worker: ${readFileSync(`${file}.failed`, 'utf8')}`);
      if (Date.now() - started > SEED_WAIT_MS) throw new Error(`Another worker did not finish seeding ${file} within ${SEED_WAIT_MS / 1000} s`);
    }
    return file;
  }
  try {
    renameSync(await seedDesk(browser, options, accounts, `${file}.part`), file);
  } catch (error) {
    writeFileSync(`${file}.failed`, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return file;
}

const SEED_WAIT_MS = 150_000;

/** The desk a file's stories start on: the administrator and these accounts, signed out. */
export interface SeededDesk {
  accounts: readonly Account[];
}

export const test = base.extend<{ desk: SeededDesk | null }, { deskSeeds: (accounts: readonly Account[]) => Promise<string> }>({
  desk: [null, { option: true }],
  deskSeeds: [
    async ({ browser }, use, workerInfo) => {
      const folder = path.join(workerInfo.project.outputDir, '..', 'e2e-desk-seeds', `run-${process.ppid}`);
      mkdirSync(folder, { recursive: true });
      const { baseURL, locale, timezoneId, viewport } = workerInfo.project.use;
      const made = new Map<string, Promise<string>>();
      await use((accounts) => {
        const key = accountsKey(accounts);
        const file = made.get(key) ?? seedFor(browser, { baseURL, locale, timezoneId, viewport }, accounts, folder);
        made.set(key, file);
        return file;
      });
    },
    { scope: 'worker' },
  ],
  // Seeding takes a set-up's time once a run; it does not count against the first story's own time.
  storageState: [async ({ desk, deskSeeds, storageState }, use) => use(desk ? await deskSeeds(desk.accounts) : storageState), { scope: 'test', timeout: SEED_WAIT_MS + 30_000 }],
  context: async ({ context, desk }, use) => {
    if (desk) markSeeded(context, desk.accounts);
    await use(context);
  },
});
