// Steps for setting up the desk, adding accounts and signing in, for the end-to-end stories.
import { expect, type Page } from '@playwright/test';
import { roleLabels, type Role } from '../../../shared/model';
import { startsSeeded } from './seeded-desks';

export interface Account {
  name: string;
  role: Role;
  password: string;
  email?: string;
}

/** The administrator every story's first start creates. */
export const administrator: Account = { name: 'Ada Administrator', role: 'administrator', password: 'orchard violet compass' };
export const agent: Account = { name: 'Sam Agent', role: 'agent', password: 'pebble lighthouse tram' };
export const manager: Account = { name: 'Max Manager', role: 'complaints-manager', password: 'canal thistle beacon' };

// PBKDF2 with 600,000 iterations takes about a second in Chromium.
const hashing = { timeout: 15_000 };

/** First start: opens the app on an empty desk and creates the administrator; ends signed in on Accounts. */
export async function setUpDesk(page: Page, admin: Account = administrator): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Complaints Desk' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
  if (admin.email) await page.getByRole('textbox', { name: 'Your email (optional)' }).fill(admin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
  await page.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Set up the desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible(hashing);
}

/** An administrator, signed in, adds an account from the Accounts screen. */
export async function createAccount(page: Page, account: Account): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(account.name);
  if (account.email) await dialog.getByRole('textbox', { name: 'Email (optional)' }).fill(account.email);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: roleLabels[account.role], exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
  await dialog.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(account.password);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden(hashing);
  await expect(page.getByRole('row', { name: new RegExp(`^${account.name}`) })).toBeVisible();
}

/** Signs in from the sign-in screen; ends on the person's home screen with their name in the top bar. */
export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'User name' }).fill(name);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(userMenu(page, name)).toBeVisible(hashing);
}

export function userMenu(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(`^${name}\\b`) });
}

export async function signOut(page: Page, name: string): Promise<void> {
  await userMenu(page, name).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** A fresh desk with an agent signed in: the start of every case-work story. */
export async function signInAsAgent(page: Page, account: Account = agent): Promise<void> {
  if (startsSeeded(page.context(), [account])) {
    await page.goto('/');
    return signInAs(page, account.name, account.password);
  }
  await setUpDesk(page);
  await createAccount(page, account);
  await signOut(page, administrator.name);
  await signInAs(page, account.name, account.password);
}
