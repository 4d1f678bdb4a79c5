// Story: an agent works a complaint with letters only: acknowledgement, request for information, the final response
// (Ombudsman from the 8-week date) and, when the customer does not accept it, the deadlock letter (Ombudsman now).
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { assignInvestigator, categorise, choose, deskWith, expectStage, fixTheClock, openAction, save, startReview, timeline } from './steps/case-page';
import { letterRow, prepareLetter, recordLetterSent } from './steps/letters';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('the final response and the deadlock letter state the Ombudsman right as the policy words it', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Letter',
    customerName: 'Harriet Booth',
    customerContact: '07700 900321',
    receivedAt: '2026-11-23T10:00',
    summary: 'Charged an exit fee on a contract that had already ended.',
  });
  await expect(letterRow(page, 'Acknowledgement')).toContainText('Was due by 26/11/2026');
  await recordLetterSent(page, await prepareLetter(page, 'Acknowledgement'), '2026-11-24T09:30', 'Letter');
  await expectStage(page, 'Acknowledged');

  await startReview(page);
  let dialog = await prepareLetter(page, 'Request for information');
  await expect(dialog.getByRole('checkbox', { name: 'Supporting documents' })).toBeChecked();
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText('• Supporting documents');
  await recordLetterSent(page, dialog, '2026-11-24T10:00', 'Email');
  await categorise(page, 'Billing');
  await assignInvestigator(page, 'Sam Agent');
  await save(await openAction(page, 'Start investigation', 'Start the investigation'), 'Start investigation');
  dialog = await openAction(page, 'Record findings', 'Record the findings');
  await dialog.getByRole('textbox', { name: 'Facts established' }).fill('The contract ended on 31 October; the fee was raised in error.');
  await dialog.getByRole('textbox', { name: 'Cause' }).fill('The end date was not updated.');
  await save(dialog, 'Record findings');

  await expect(letterRow(page, 'Final response')).toContainText('Due by 07/12/2026');
  dialog = await prepareLetter(page, 'Final response');
  await choose(page, dialog, 'Outcome', 'Partly upheld');
  await dialog.getByRole('checkbox', { name: 'Apology' }).check();
  await dialog.getByRole('checkbox', { name: 'Payment' }).check();
  await dialog.getByRole('textbox', { name: 'Payment amount' }).fill('25.00');
  await dialog.getByRole('textbox', { name: 'Summary of the final response' }).fill('We have cancelled the exit fee.');
  const preview = dialog.getByRole('region', { name: 'Letter preview' });
  await expect(preview).toContainText('we have partly upheld your complaint. We have cancelled the exit fee.');
  await expect(preview).toContainText('we are offering an apology and a payment of £25.00.');
  await expect(preview).toContainText('from 18/01/2027 (eight weeks after you made your complaint)');
  await expect(preview).toContainText('a consumer protection agency, such as the Citizens Advice consumer service, at any time.');
  await saveScreenshot(page, 'letter-final-response-dialog');
  await recordLetterSent(page, dialog, '2026-12-03T15:00', 'Letter');
  await expectStage(page, 'Responded');
  await expect(letterRow(page, 'Final response')).toContainText('Sent 03/12/2026');

  dialog = await openAction(page, 'Record customer’s answer', 'Record the customer’s answer');
  await choose(page, dialog, 'Customer’s answer', 'Does not accept the final response (deadlock)');
  await save(dialog, 'Record answer');

  await expect(letterRow(page, 'Deadlock letter (final response)')).toContainText('Due now');
  dialog = await prepareLetter(page, 'Deadlock letter (final response)');
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText('you may now refer it to the Energy Ombudsman');
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText('a payment of £25.00');
  await recordLetterSent(page, dialog, '2026-12-04T11:00', 'Email');
  await expect(timeline(page)).toContainText('Deadlock letter sent by email: the customer may go to the Energy Ombudsman now');
  await expect(page.getByRole('region', { name: 'Files' }).getByRole('row', { name: /\.pdf/ })).toHaveCount(4);
  await saveScreenshot(page, 'letters-panel-deadlock');
});
