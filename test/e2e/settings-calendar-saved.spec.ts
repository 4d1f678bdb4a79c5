// Story: saving the business calendar clears an error left from a closure date typed earlier, and keeps how far back
// a complaint's received date may go.
import { expect, test } from '@playwright/test';
import { enterDate } from './steps/dates';
import { setUpDesk } from './steps/sign-in';

test('"Business calendar saved" stands alone, with no stale field error beside it', async ({ page }) => {
  await setUpDesk(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await enterDate(page, 'Closure date', '31/02/2026');
  await page.getByRole('button', { name: 'Add closure date' }).click();
  const stale = page.getByText('Type a real date as dd/mm/yyyy, like 29/12/2026');
  await expect(stale).toBeVisible();

  await page.getByLabel('Complaints received within (years)').fill('10');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByText('Business calendar saved.')).toBeVisible();
  await expect(stale).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Complaints received within (years)')).toHaveValue('10');
});
