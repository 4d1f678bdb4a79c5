// Story: a contact recorded as an enquiry is shown as one: no complaint deadlines, no six-step bar, and the work list
// marks it as an enquiry.
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('an enquiry has no complaint deadlines or steps, and the work list says it is an enquiry', async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName: 'Osian Pritchard', customerContact: '07700 900888', receivedAt: '2026-12-03T10:00', summary: 'Asked how renewal prices are worked out.' });
  await page.getByRole('radio', { name: 'Not a complaint (enquiry)' }).check();
  await page.getByRole('textbox', { name: 'Reason this is not a complaint' }).fill('Asked a question; not dissatisfied.');
  await page.getByRole('button', { name: 'Record enquiry' }).click();

  const reference = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
  await expect(reference).toBeVisible();
  await expect(page.getByText('Enquiry: not a complaint', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Stage: /)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Deadlines' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Progress' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Enquiry' })).toContainText('no complaint deadlines or steps apply');

  const caseReference = (await reference.textContent()) ?? '';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
  const row = page.getByRole('grid', { name: 'Cases' }).getByRole('row').filter({ has: page.getByRole('link', { name: caseReference }) });
  await expect(row).toContainText('Enquiry');
  await expect(row).toContainText('enquiry: no deadlines');
  await expect(row).not.toContainText('Received');
});
