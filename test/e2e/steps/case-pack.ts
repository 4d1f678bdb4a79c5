// Steps for case packs: make one from the case page and keep the download; check a file with "Verify a case pack".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export function casePackRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Case pack' });
}

export async function openMakeCasePack(page: Page): Promise<Locator> {
  await casePackRegion(page).getByRole('button', { name: 'Make case pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make case pack' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Submits the dialog and saves the download it gives under test-results/case-pack-e2e/; returns the file's path. */
export async function makeAndKeepPack(page: Page, dialog: Locator): Promise<{ path: string; suggestedName: string }> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make case pack' }).click();
  const download = await downloading;
  const folder = join('test-results', 'case-pack-e2e');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  await expect(dialog).toBeHidden();
  return { path, suggestedName: download.suggestedFilename() };
}

export async function verifyPackFile(page: Page, path: string): Promise<Locator> {
  await casePackRegion(page).getByRole('button', { name: 'Verify a case pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify a case pack' });
  await dialog.getByLabel('Case pack file to verify').setInputFiles(path);
  return dialog;
}
