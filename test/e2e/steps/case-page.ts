// Steps a member of staff takes on the case page, for the end-to-end stories: open an action's form, fill it, save.
import { expect, type Locator, type Page } from '@playwright/test';
import { createAccount, setUpDesk, signInAs, signOut, administrator, type Account } from './sign-in';
import { enterDate } from './dates';
import { startsSeeded } from './seeded-desks';

/**
 * The stories run at a fixed instant, Friday 4 December 2026 at noon in London, so that REQUIREMENTS' worked
 * example (received Mon 23 Nov 2026 10:00) gives the same dates every run: acknowledge by Thu 26 Nov, resolve by
 * Mon 7 Dec, Ombudsman from Mon 18 Jan 2027. Only Date is fixed; timers run normally.
 */
export const STORY_NOW = new Date('2026-12-04T12:00:00Z');

export async function fixTheClock(page: Page, at: Date = STORY_NOW): Promise<void> {
  await page.clock.setFixedTime(at);
}

/** A fresh desk with these accounts; ends signed in as the first of them. */
export async function deskWith(page: Page, accounts: readonly Account[]): Promise<void> {
  const first = accounts[0];
  if (!first) throw new Error('deskWith needs at least one account to sign in as');
  // A file that declared test.use({ desk }) starts on that desk already set up (steps/desk.ts): only sign in.
  if (startsSeeded(page.context(), accounts)) {
    await page.goto('/');
    return signInAs(page, first.name, first.password);
  }
  await setUpDesk(page);
  for (const account of accounts) await createAccount(page, account);
  await signOut(page, administrator.name);
  await signInAs(page, first.name, first.password);
}

export function actionsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Actions' });
}

/** Clicks an action's button and returns the form that opens. */
export async function openAction(page: Page, label: string, dialogTitle: string | RegExp): Promise<Locator> {
  await actionsRegion(page).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses an option from a select (MUI renders the list outside the dialog). */
export async function choose(page: Page, within: Locator, field: string, option: string | RegExp): Promise<void> {
  await within.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Saves a form and waits for it to close (the change is on the case). */
export async function save(dialog: Locator, submit: string): Promise<void> {
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  // Saving writes the case, its timeline page and its list row in one transaction (sealed ones through WebCrypto):
  // on a 2-core machine running two stories and the build, that took longer than the default 5 s once in CI.
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

export async function expectDeadline(page: Page, label: string, date: string | RegExp, status: string): Promise<void> {
  const row = page.getByRole('region', { name: 'Deadlines' }).getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row).toContainText(date);
  await expect(row.getByRole('cell').last()).toHaveText(status);
}

export async function expectStage(page: Page, stage: string): Promise<void> {
  await expect(page.getByText(`Stage: ${stage}`, { exact: true })).toBeVisible();
}

/** Clicks a refused action and checks that its reasons name each thing missing; closes the reasons. */
export async function expectRefused(page: Page, label: string, reasons: readonly (string | RegExp)[]): Promise<void> {
  await actionsRegion(page).getByRole('button', { name: label, exact: true }).click();
  const why = page.getByRole('dialog', { name: `${label}: not possible yet` });
  await expect(why).toBeVisible();
  for (const reason of reasons) await expect(why.getByRole('alert')).toContainText(reason);
  await why.getByRole('button', { name: 'Close' }).click();
  await expect(why).toBeHidden();
}

export async function acknowledge(page: Page, sentAt: string, channel: string): Promise<void> {
  const dialog = await openAction(page, 'Acknowledge', 'Acknowledge the complaint');
  await enterDate(dialog, 'Date and time sent', sentAt);
  await choose(page, dialog, 'How it was sent', channel);
  await save(dialog, 'Acknowledge');
}

export async function startReview(page: Page): Promise<void> {
  await save(await openAction(page, 'Start review', 'Start the review'), 'Start review');
}

export async function categorise(page: Page, category: string): Promise<void> {
  const dialog = await openAction(page, 'Categorise', 'Categorise the complaint');
  await choose(page, dialog, 'Category', category);
  await save(dialog, 'Categorise');
}

export async function assignInvestigator(page: Page, name: string): Promise<void> {
  const dialog = await openAction(page, 'Assign investigator', 'Assign the investigator');
  await choose(page, dialog, 'Investigator', new RegExp(`^${name}`));
  await save(dialog, 'Assign');
}

/** Marks an information checklist item from the checklist panel. */
export async function markChecklistItem(page: Page, item: string, status: 'Provided' | 'Not applicable', reason?: string): Promise<void> {
  await page.getByRole('region', { name: 'Information checklist' }).getByRole('button', { name: `Update ${item}` }).click();
  const dialog = page.getByRole('dialog', { name: `Checklist: ${item}` });
  await choose(page, dialog, 'Status', status);
  if (reason) await dialog.getByRole('textbox', { name: 'Reason it is not applicable' }).fill(reason);
  await save(dialog, 'Update checklist');
}

export function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** Filters the timeline to one kind of event. */
export async function showOnlyEvents(page: Page, kind: string): Promise<void> {
  await choose(page, timeline(page), 'Kind of event', kind);
}
