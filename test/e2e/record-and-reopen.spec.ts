// Story: an agent signs in, records a telephone complaint, closes the app, comes back and finds it in the list.
import { expect, test } from './steps/desk';
import { recordComplaint } from './steps/record-complaint';
import { agent, signInAs, signInAsAgent } from './steps/sign-in';
import { saveScreenshot } from './screenshots';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await signInAsAgent(page);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});

test('a recorded complaint survives a reload and reopens from the case list', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Margaret Oyelaran',
    customerContact: '07700 900123',
    receivedAt: '2026-11-23T10:00',
    summary: 'Billed twice for the October gas contract renewal.',
  });

  const reference = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
  await expect(reference).toBeVisible();
  const referenceText = await reference.textContent();
  await saveScreenshot(page, 'case-page');

  await page.reload();
  await signInAs(page, agent.name, agent.password);
  await page.getByRole('link', { name: 'Work list' }).click();
  const row = page.getByRole('row', { name: new RegExp(`${referenceText}.*Margaret Oyelaran`) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('23/11/2026 10:00');
  await saveScreenshot(page, 'case-list');

  await row.getByRole('link', { name: referenceText ?? '' }).click();
  await expect(page.getByText('Billed twice for the October gas contract renewal.')).toBeVisible();
});

test('the form names each missing field and saves nothing', async ({ page }) => {
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: 'New complaint' })).toBeVisible();
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Channel' }).locator('..')).toContainText('Choose how the complaint was made');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveAccessibleDescription('Customer name is required');
  await expect(page.getByRole('textbox', { name: 'Phone', exact: true })).toHaveAccessibleDescription(
    'Record at least one way to contact the customer: phone, email or address',
  );
  await expect(page.getByRole('textbox', { name: 'Nature of the complaint' })).toHaveAccessibleDescription('Nature of the complaint is required');
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByText('No complaints recorded yet.')).toBeVisible();
});
