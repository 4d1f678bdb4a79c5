// Steps for case packs: make one from the case page and keep the download; check a file with "Verify a case pack".
import { expect, test, type Locator, type Page } from '@playwright/test';

export function casePackRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Case pack' });
}

export async function openMakeCasePack(page: Page): Promise<Locator> {
  await casePackRegion(page).getByRole('button', { name: 'Make case pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make case pack' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Submits the dialog and saves the download in this test's own output folder (stories run in parallel); returns its path. */
export async function makeAndKeepPack(page: Page, dialog: Locator): Promise<{ path: string; suggestedName: string }> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make case pack' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
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
