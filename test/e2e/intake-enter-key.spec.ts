// Story: Enter in a one-line field of the intake form does not record the complaint; the button or Ctrl+Enter does.
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { dateField } from './steps/dates';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('Enter in a single-line field records nothing; Ctrl+Enter records the complaint', async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName: 'Gwenllian Rees', customerContact: '07700 900999', receivedAt: '2026-12-03T10:00', summary: 'Direct debit taken twice in November.' });

  for (const field of ['Customer name', 'Phone']) {
    await page.getByRole('textbox', { name: field, exact: true }).press('Enter');
  }
  await dateField(page, 'Received at').getByRole('spinbutton').first().press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New complaint' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Gwenllian Rees');

  await page.getByRole('textbox', { name: 'Phone', exact: true }).press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();

  // One complaint on the desk: the one recorded with Ctrl+Enter.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: /^JESQ-2026-\d{6}$/ })).toHaveCount(1);
});
