// Story: a returning customer rings, is found by their phone number, and the agent puts it right during the call.
import { expect, test } from './steps/desk';
import { choose, deskWith, expectStage, fixTheClock, timeline } from './steps/case-page';
import { channelRadio, chooseExistingCustomer } from './steps/intake';
import { openNewComplaint, recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await recordComplaint(page, {
    channel: 'Letter',
    customerName: 'Margaret Oyelaran',
    customerContact: '07700 900123',
    receivedAt: '2026-12-01T09:00',
    summary: 'The renewal letter quoted the wrong unit rate.',
  });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
});

test('a complaint resolved at first contact is recorded in the intake form and shown as resolved', async ({ page }) => {
  await openNewComplaint(page);
  await channelRadio(page, 'Telephone').check();
  await chooseExistingCustomer(page, '+44 7700 900', 'Margaret Oyelaran');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Direct debit taken two days early this month.');

  await page.getByRole('radio', { name: 'Resolved at first contact' }).check();
  await expect(page.getByRole('checkbox', { name: 'Ask for written confirmation' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveAccessibleDescription('Choose the outcome: upheld, partly upheld or not upheld');
  await expect(page.getByRole('textbox', { name: 'Summary of the resolution' })).toHaveAccessibleDescription('Summary of the resolution is required');

  await choose(page, page.locator('form'), 'Outcome', 'Upheld');
  await page.getByRole('textbox', { name: 'Summary of the resolution' }).fill('Refunded the early collection and moved the date back.');
  await page.getByRole('button', { name: 'Record complaint' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  await expectStage(page, 'Resolved at first contact');
  await expect(timeline(page)).toContainText('Resolved at first contact: upheld');
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('row', { name: /Margaret Oyelaran/ })).toHaveCount(2);
});
