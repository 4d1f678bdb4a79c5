// Story: an agent takes a telephone complaint from intake to close through all six steps, with files and the timeline.
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
  expectDeadline,
  expectStage,
  fixTheClock,
  openAction,
  save,
  showOnlyEvents,
  startReview,
  timeline,
} from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';
import { enterDate } from './steps/dates';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAN0lEQVR4nO3OQQ0AMAgEMJzgCD9zPxccjyYV0Op5p1R8ICQkJJQeCAkJCaUHQkJCQumBkJDQsg8S9WRMunaL3AAAAABJRU5ErkJggg==',
  'base64',
);

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('a telephone complaint goes from intake to close through all six steps', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Margaret Oyelaran',
    customerContact: '07700 900123',
    receivedAt: '2026-11-23T10:00',
    summary: 'Billed twice for the October gas contract renewal.',
  });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  await expectStage(page, 'Received');
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Overdue');
  await expectDeadline(page, 'Resolve by', '07/12/2026', 'Due');
  await expectDeadline(page, '8 weeks', '18/01/2027', 'Not yet');
  await expectNoSeriousAxeViolations(page, 'case page (received)');
  await saveScreenshot(page, 'case-page-received');

  // 1. Acknowledge.
  await acknowledge(page, '2026-11-24T09:30', 'Email');
  await expectStage(page, 'Acknowledged');
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Met');

  // 2. Review: gather the checklist (a conversation, a request, the customer's document), categorise.
  await startReview(page);
  let dialog = await openAction(page, 'Record conversation', 'Record a conversation');
  await dialog.getByRole('textbox', { name: 'Who took part' }).fill('Margaret Oyelaran, Sam Agent');
  await dialog.getByRole('textbox', { name: 'Summary of the conversation' }).fill('Customer explained both direct debits were taken on 1 November.');
  await save(dialog, 'Record conversation');

  dialog = await openAction(page, 'Request information', 'Request information');
  await expect(dialog.getByRole('checkbox', { name: 'Supporting documents' })).toBeChecked();
  await choose(page, dialog, 'How it was requested', 'Email');
  await save(dialog, 'Record request');

  const files = page.getByRole('region', { name: 'Files' });
  const chooser = page.waitForEvent('filechooser');
  await files.getByRole('button', { name: 'Add a file' }).click();
  await (await chooser).setFiles([
    { name: 'bank-statement.png', mimeType: 'image/png', buffer: PNG },
    { name: 'renewal-letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  await expect(files.getByRole('row', { name: /bank-statement\.png/ })).toContainText('Sam Agent');
  await expect(files.getByRole('row', { name: /renewal-letter\.pdf/ })).toContainText('The customer');
  await files.getByRole('button', { name: 'Preview bank-statement.png' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview: bank-statement.png' });
  await expect(preview.getByRole('img', { name: 'The attached image bank-statement.png' })).toBeVisible();
  await saveScreenshot(page, 'case-page-file-preview');
  await preview.getByRole('button', { name: 'Close' }).click();
  await files.getByRole('button', { name: 'Preview renewal-letter.pdf' }).click();
  await expect(page.getByTitle('The attached PDF renewal-letter.pdf')).toBeAttached();
  await page.getByRole('dialog', { name: 'Preview: renewal-letter.pdf' }).getByRole('button', { name: 'Close' }).click();

  await categorise(page, 'Billing');
  await assignInvestigator(page, 'Sam Agent');

  // 3. Investigate: findings, and a delay notice before the resolve-by date.
  await save(await openAction(page, 'Start investigation', 'Start the investigation'), 'Start investigation');
  await expectStage(page, 'Investigating');
  dialog = await openAction(page, 'Record findings', 'Record the findings');
  await dialog.getByRole('textbox', { name: 'Facts established' }).fill('The renewal created a second direct debit mandate.');
  await dialog.getByRole('textbox', { name: 'Cause' }).fill('The old mandate was not cancelled at renewal.');
  await save(dialog, 'Record findings');
  dialog = await openAction(page, 'Send delay notice', 'Send a delay notice');
  await dialog.getByRole('textbox', { name: 'Reason for the delay' }).fill('Waiting for the supplier to confirm the refund.');
  await enterDate(dialog, 'New expected date', '2026-12-10');
  await enterDate(dialog, 'Date and time sent', '2026-12-02T11:00');
  await choose(page, dialog, 'How it was sent', 'Email');
  await save(dialog, 'Record delay notice');
  await expectDeadline(page, 'Delay notice by', '07/12/2026', 'Met');

  // 4. Respond: outcome, remedies with a payment typed in pounds.
  dialog = await openAction(page, 'Send final response', 'Send the final response');
  await choose(page, dialog, 'Outcome', 'Upheld');
  await dialog.getByRole('checkbox', { name: 'Apology' }).check();
  await dialog.getByRole('checkbox', { name: 'Payment' }).check();
  await dialog.getByRole('textbox', { name: 'Payment amount' }).fill('25.00');
  await dialog.getByRole('textbox', { name: 'Summary of the final response' }).fill('We have refunded the second payment and added £25 for the trouble.');
  await enterDate(dialog, 'Date and time sent', '2026-12-03T15:00');
  await choose(page, dialog, 'How it was sent', 'Letter');
  await save(dialog, 'Record final response');
  await expectStage(page, 'Responded');
  await expectDeadline(page, 'Resolve by', '07/12/2026', 'Met');
  await expect(timeline(page)).toContainText('upheld, with apology and payment of £25.00');

  dialog = await openAction(page, 'Record customer’s answer', 'Record the customer’s answer');
  await choose(page, dialog, 'Customer’s answer', 'Accepted the final response');
  await save(dialog, 'Record answer');

  // 5. Take action: an improvement action, done.
  dialog = await openAction(page, 'Add improvement action', 'Add an improvement action');
  await dialog.getByRole('textbox', { name: 'What will change' }).fill('Cancel the old mandate as part of every renewal.');
  await dialog.getByRole('textbox', { name: 'Owner' }).fill('Billing team');
  await enterDate(dialog, 'Due date', '2026-12-18');
  await save(dialog, 'Add action');
  dialog = await openAction(page, 'Mark improvement action done', 'Mark an improvement action done');
  await save(dialog, 'Mark done');
  await save(await openAction(page, 'Confirm actions taken', 'Confirm actions taken'), 'Confirm actions taken');
  await expectStage(page, 'Actions taken');

  // 6. Record: close with the root cause and lessons learned.
  dialog = await openAction(page, 'Close', 'Close the case');
  await choose(page, dialog, 'Root cause', 'A process did not work');
  await dialog.getByRole('textbox', { name: 'Lessons learned' }).fill('Renewals must retire the previous mandate.');
  await save(dialog, 'Close case');
  await expectStage(page, 'Closed');
  await expect(page.getByText('Deadline record frozen when the case ended')).toBeVisible();
  await expect(actionsRegion(page).getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);

  // The timeline: newest first, who and when, filterable, with the changes on request.
  const events = timeline(page).getByRole('listitem');
  await expect(events.first()).toContainText('Closed; root cause: a process did not work');
  await expect(events.first()).toContainText('04/12/2026 12:00 by Sam Agent');
  await expect(events.last()).toContainText('Complaint received');
  await showOnlyEvents(page, 'Send final response');
  await expect(events).toHaveCount(1);
  await events.first().getByRole('button', { name: /^Show changes/ }).click();
  await expect(events.first().getByRole('table')).toContainText('Stage');
  await expect(events.first().getByRole('table')).toContainText('responded');
  await saveScreenshot(page, 'case-page-closed');
  await expectNoSeriousAxeViolations(page, 'case page (closed)');
});
