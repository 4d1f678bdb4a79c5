// Story: with a caller on the line, an agent records a telephone complaint using only the keyboard, then finds it.
import { expect, test } from './steps/desk';
import { deskWith, expectStage, fixTheClock, timeline } from './steps/case-page';
import { channelRadio, expectChecklistItem, tabTo } from './steps/intake';
import { agent } from './steps/sign-in';
import { dateField, expectDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('a telephone complaint recorded with the keyboard alone', async ({ page }) => {
  const newComplaintLink = page.getByRole('link', { name: 'New complaint' });
  await expect(newComplaintLink).toHaveAttribute('aria-keyshortcuts', 'Alt+N');

  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: 'New complaint' })).toBeVisible();
  // The channel comes first and has the focus; arrow keys move between channels.
  await expect(channelRadio(page, 'Telephone')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(channelRadio(page, 'In person')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(channelRadio(page, 'Telephone')).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Find a customer' })).toBeFocused();
  await page.keyboard.type('Oyelaran');
  await expect(page.getByText('No customer on this desk matches: enter their details below')).toBeVisible();
  await expectChecklistItem(page, 'Name and contact details', 'Missing');

  await tabTo(page, page.getByRole('textbox', { name: 'Customer name' }));
  await page.keyboard.type('Margaret Oyelaran');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Phone', exact: true })).toBeFocused();
  await page.keyboard.type('07700 900123');
  await expectChecklistItem(page, 'Name and contact details', 'Provided');

  // Received at defaults to now (Friday 4 December 2026, noon), read back in en-GB.
  await expectDate(page, 'Received at', '04/12/2026 12:00');
  await expect(dateField(page, 'Received at')).toHaveAccessibleDescription(/^London time/);
  await expect(page.getByRole('combobox', { name: 'Taken by' })).toHaveText(agent.name);

  await tabTo(page, page.getByRole('combobox', { name: 'Who the customer dealt with' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('option', { name: 'Someone not on this desk (type their name)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Name of the person the customer dealt with' }));
  await page.keyboard.type('Liam in the renewals team');
  await expectChecklistItem(page, 'The person the customer dealt with', 'Provided');

  await tabTo(page, page.getByRole('textbox', { name: 'Nature of the complaint' }));
  await page.keyboard.type('Billed twice for the October gas contract renewal.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Category' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Billing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveText('Billing');
  await tabTo(page, page.getByRole('textbox', { name: 'What the customer wants' }));
  await page.keyboard.type('A refund of the second charge.');

  await tabTo(page, page.getByRole('checkbox', { name: 'Ask for written confirmation' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Asked the customer for steps already taken to resolve it' }));
  await page.keyboard.press('Space');
  await expectChecklistItem(page, 'Steps already taken to resolve it', 'Asked for');

  // Back up the page with Shift+Tab to the save button.
  const record = page.getByRole('button', { name: 'Record complaint' });
  for (let i = 0; i < 25 && !(await record.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Shift+Tab');
  await expect(record).toBeFocused();
  await page.keyboard.press('Enter');

  const reference = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
  await expect(reference).toBeVisible();
  const referenceText = (await reference.textContent()) ?? '';
  await expectStage(page, 'Received');
  await expect(timeline(page)).toContainText('Written confirmation requested');
  await expect(timeline(page)).toContainText('Information requested');
  await expect(page.getByRole('region', { name: 'Information checklist' })).toContainText(/Requested 04\/12\/2026 \(telephone\)/);

  // Finds it again from the work list, still without the mouse.
  await page.getByRole('link', { name: 'Work list' }).focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('row', { name: new RegExp(`${referenceText}.*Margaret Oyelaran`) });
  await expect(row).toContainText('04/12/2026 12:00');
  await row.getByRole('link', { name: referenceText }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Billed twice for the October gas contract renewal.')).toBeVisible();
});
