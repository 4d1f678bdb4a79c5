// Steps a member of staff takes with the case's letters: find a letter in the panel, prepare it, record it as sent.
import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './case-page';
import { enterDate } from './dates';

export function lettersRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Letters' });
}

export function letterRow(page: Page, letter: string): Locator {
  return lettersRegion(page).getByRole('row', { name: new RegExp(`^${letter.replace(/[()]/g, '\\$&')}`) });
}

/** Opens a letter from the panel and returns its dialog. */
export async function prepareLetter(page: Page, letter: string): Promise<Locator> {
  await lettersRegion(page).getByRole('button', { name: `Prepare: ${letter}` }).click();
  const dialog = page.getByRole('dialog', { name: letter });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function recordLetterSent(page: Page, dialog: Locator, sentAt: string, channel: string): Promise<void> {
  await enterDate(dialog, 'Date and time sent', sentAt);
  await choose(page, dialog, 'How it was sent', channel);
  await dialog.getByRole('button', { name: 'Record as sent' }).click();
  await expect(dialog).toBeHidden();
}
