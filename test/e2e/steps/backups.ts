// Steps an administrator takes on the Settings screen's Backups card, for the end-to-end stories.
import { expect, type Page } from '@playwright/test';

/** Downloads a backup encrypted with `passphrase` and saves it at `to`; returns the suggested file name. */
export async function downloadBackup(page: Page, to: string, passphrase: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByLabel('Backup passphrase').fill(passphrase);
  await card.getByLabel('Passphrase again').fill(passphrase);
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  await file.saveAs(to);
  await expect(card.getByRole('status').filter({ hasText: /^Backup of \d+ cases saved as/ })).toBeVisible();
  return file.suggestedFilename();
}

/** Chooses a file to restore on the Backups card. */
export async function chooseBackupFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByLabel('Backup file to restore').setInputFiles(file);
}
