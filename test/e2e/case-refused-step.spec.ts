// Story: the page refuses steps the policy does not allow yet and names what is missing; forms say what is wrong.
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import {
  acknowledge,
  actionsRegion,
  assignInvestigator,
  categorise,
  choose,
  deskWith,
  expectRefused,
  expectStage,
  fixTheClock,
  markChecklistItem,
  openAction,
  save,
  startReview,
} from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';
import { enterDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await recordComplaint(page, {
    channel: 'In person',
    customerName: 'Priya Natarajan',
    customerContact: '0113 496 0123',
    receivedAt: '2026-12-01T14:30',
    summary: 'My switch to a new supplier was delayed by a month.',
  });
  await expectStage(page, 'Received');
});

test('a refused step names what is missing, and goes ahead once it is there', async ({ page }) => {
  await expectRefused(page, 'Place on hold', ['Only a complaints manager can place a case on hold']);

  await acknowledge(page, '2026-12-02T09:15', 'Telephone');
  await startReview(page);

  await actionsRegion(page).getByRole('button', { name: 'Start investigation', exact: true }).click();
  const why = page.getByRole('dialog', { name: 'Start investigation: not possible yet' });
  await expect(why.getByRole('alert')).toContainText('Categorise the complaint');
  await expect(why.getByRole('alert')).toContainText('Assign an investigator');
  await expect(why.getByRole('alert')).toContainText(
    'Complete the information checklist: the person the customer dealt with not yet provided, requested or marked not applicable',
  );
  await expect(why.getByRole('alert')).toContainText('Complete the information checklist: supporting documents not yet provided');
  await expectNoSeriousAxeViolations(page, 'case page (refusal shown)');
  await saveScreenshot(page, 'case-page-refused-step');
  await why.getByRole('button', { name: 'Close' }).click();

  await categorise(page, 'Switching supplier');
  await assignInvestigator(page, 'Sam Agent');
  await expectRefused(page, 'Start investigation', ['Complete the information checklist: relevant conversations not yet provided']);

  await markChecklistItem(page, 'The person the customer dealt with', 'Not applicable', 'Customer dealt with the supplier only');
  await markChecklistItem(page, 'Steps already taken to resolve it', 'Provided');
  await markChecklistItem(page, 'Relevant conversations', 'Provided');
  await markChecklistItem(page, 'Supporting documents', 'Not applicable', 'Nothing in writing');
  await save(await openAction(page, 'Start investigation', 'Start the investigation'), 'Start investigation');
  await expectStage(page, 'Investigating');
});

test('a form names each field it needs next to the field, and the policy’s refusal of a date', async ({ page }) => {
  const dialog = await openAction(page, 'Acknowledge', 'Acknowledge the complaint');
  // Recording it from the action bar keeps no copy: the form says where the letter is written with one.
  await expect(dialog.getByRole('note')).toHaveText('Saving this records that it was sent some other way. To write it on the letterhead and keep a PDF copy on the case, close this and use Prepare beside “Acknowledgement” in Letters.');
  await enterDate(dialog, 'Date and time sent', '');
  await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(dialog.getByText('Record when the acknowledgement was sent')).toBeVisible();
  // How it was sent starts at the way of communicating agreed with the customer, so only the date is missing.
  await expect(dialog.getByText('Record how the acknowledgement was sent')).toHaveCount(0);

  await enterDate(dialog, 'Date and time sent', '2026-12-05T10:00');
  await choose(page, dialog, 'How it was sent', 'Email');
  await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Date the acknowledgement was sent cannot be in the future');
  await expectNoSeriousAxeViolations(page, 'acknowledge form with errors');
  await saveScreenshot(page, 'case-page-form-errors');

  await enterDate(dialog, 'Date and time sent', '2026-12-01T16:00');
  await save(dialog, 'Acknowledge');
  await expectStage(page, 'Acknowledged');
});
