// Story: a letter is half typed in when the window reloads; everything comes back, and recording it clears the draft.
import { expect, test } from './steps/desk';
import { choose, deskWith, fixTheClock } from './steps/case-page';
import { channelRadio, dropFiles, expectDraftSaved } from './steps/intake';
import { openNewComplaint } from './steps/record-complaint';
import { agent, signInAs } from './steps/sign-in';
import { dateField, enterDate, expectDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('a draft comes back after a reload, and saving the complaint clears it', async ({ page }) => {
  await openNewComplaint(page);
  await channelRadio(page, 'Letter').check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Idris Bamford');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('idris.bamford@example.co.uk');
  await page.getByRole('checkbox', { name: 'Add a postal address' }).check();
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('4 Canal Street');
  await page.getByRole('textbox', { name: 'Town or city' }).fill('Manchester');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('M1 3HE');
  await enterDate(page, 'Received at', '2026-12-02T08:45');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Broker fee was never disclosed before signing.');
  await choose(page, page.locator('form'), 'Category', 'Broker fees and commission');
  await page.getByRole('textbox', { name: 'Steps already taken' }).fill('Wrote to the supplier on 20 November.');
  await dropFiles(page, [{ name: 'letter-scan.txt', type: 'text/plain', text: 'Dear JESQ, I was never told of the fee.' }]);
  await expectDraftSaved(page);

  await page.reload();
  await signInAs(page, agent.name, agent.password);
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('status').filter({ hasText: /^Your unsaved complaint from \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} is back, as you left it\.$/ })).toBeVisible();
  await expect(channelRadio(page, 'Letter')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Idris Bamford');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('idris.bamford@example.co.uk');
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveValue('M1 3HE');
  await expectDate(page, 'Received at', '2026-12-02T08:45');
  await expect(dateField(page, 'Received at')).toHaveAccessibleDescription('London time: for a letter or email, when it arrived');
  await expect(page.getByRole('textbox', { name: 'Nature of the complaint' })).toHaveValue('Broker fee was never disclosed before signing.');
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveText('Broker fees and commission');
  await expect(page.getByRole('textbox', { name: 'Steps already taken' })).toHaveValue('Wrote to the supplier on 20 November.');
  await expect(page.getByRole('list', { name: 'Files to attach' })).toContainText('letter-scan.txt');

  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Files' })).toContainText('letter-scan.txt');

  // The draft went with the save: a new complaint starts blank, even after another reload.
  await page.reload();
  await signInAs(page, agent.name, agent.password);
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
  await expect(page.getByText(/Your unsaved complaint from/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Files to attach' })).toHaveCount(0);
});

test('a discarded draft does not come back', async ({ page }) => {
  await openNewComplaint(page);
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Temporary Caller');
  await expectDraftSaved(page);
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.getByRole('dialog', { name: 'Discard this complaint?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.reload();
  await signInAs(page, agent.name, agent.password);
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('');
});
