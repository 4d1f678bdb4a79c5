// Story: the New complaint screen passes axe as first opened, with every section showing, and with errors on it.
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { deskWith, fixTheClock } from './steps/case-page';
import { channelRadio } from './steps/intake';
import { openNewComplaint } from './steps/record-complaint';
import { agent, manager } from './steps/sign-in';

// Each axe run takes several seconds on a busy machine: these stories get twice the usual time.
test.describe.configure({ timeout: 120_000 });

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, manager] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent, manager]);
  await openNewComplaint(page);
});

test('the intake screen has no serious accessibility problems as opened and with errors shown', async ({ page }) => {
  await expectNoSeriousAxeViolations(page, 'new complaint');
  await saveScreenshot(page, 'new-complaint');

  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('textbox', { name: 'Nature of the complaint' })).toHaveAccessibleDescription('Nature of the complaint is required');
  await expectNoSeriousAxeViolations(page, 'new complaint (errors shown)');
  await saveScreenshot(page, 'new-complaint-errors');
});

test('the intake screen has no serious accessibility problems with its optional sections open', async ({ page }) => {
  await channelRadio(page, 'In person').check();
  await page.getByRole('checkbox', { name: 'Add a postal address' }).check();
  await page.getByRole('combobox', { name: 'Who the customer dealt with' }).click();
  await page.getByRole('option', { name: 'Someone not on this desk (type their name)' }).click();
  await page.getByRole('checkbox', { name: 'Ask for written confirmation' }).check();
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await expect(page.getByRole('note', { name: 'Confidential complaint' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'new complaint (staff complaint, address)');
  await saveScreenshot(page, 'new-complaint-staff');

  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).uncheck();
  await page.getByRole('radio', { name: 'Resolved at first contact' }).check();
  await expect(page.getByRole('textbox', { name: 'Summary of the resolution' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'new complaint (first contact)');
  await page.getByRole('radio', { name: 'Not a complaint (enquiry)' }).check();
  await expect(page.getByRole('button', { name: 'Record enquiry' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'new complaint (enquiry)');
  await saveScreenshot(page, 'new-complaint-enquiry');
});
