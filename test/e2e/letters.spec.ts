// Story: an agent opens a new complaint, prepares the acknowledgement letter, saves its PDF, records it as sent, and
// the case moves to Acknowledged with the PDF copy among its files.
import { readFileSync } from 'node:fs';
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { choose, deskWith, expectStage, fixTheClock } from './steps/case-page';
import { letterRow, lettersRegion, prepareLetter, recordLetterSent } from './steps/letters';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';
import { enterDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('the acknowledgement letter is prepared, saved as PDF and recorded as sent, acknowledging the case', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Email',
    customerName: 'Priya Raman',
    customerContact: 'priya.raman@example.co.uk',
    receivedAt: '2026-12-03T10:00',
    summary: 'My direct debit went up without notice after the renewal.',
  });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expectStage(page, 'Received');

  // The panel says what is due: the acknowledgement by the 3rd business day; the 8-week letter not yet.
  await expect(letterRow(page, 'Acknowledgement')).toContainText('Due by 08/12/2026');
  await expect(letterRow(page, '8-week letter')).toContainText('Due from 28/01/2027');
  await expect(letterRow(page, 'Request for written confirmation')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'case page with the letters panel');

  const dialog = await prepareLetter(page, 'Acknowledgement');
  const preview = dialog.getByRole('region', { name: 'Letter preview' });
  await expect(preview).toContainText('Subject: We have received your complaint');
  await expect(preview).toContainText('Dear Priya Raman,');
  await expect(preview).toContainText(`Our reference: ${reference}`);
  await expect(preview).toContainText('Thank you for contacting us on 03/12/2026.');
  await expect(preview).toContainText('send you our response by 17/12/2026');
  await expect(preview).toContainText('+44 (745) 051-5064');
  await expectNoSeriousAxeViolations(page, 'acknowledgement letter dialog');
  await saveScreenshot(page, 'letter-acknowledgement-dialog');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${reference} Acknowledgement 04-12-2026.pdf`);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(dialog.getByRole('status').filter({ hasText: "handed to the browser's downloads" })).toBeVisible();

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy email text' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'The email text was copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Subject: We have received your complaint\n\nDate: 04\/12\/2026\nOur reference: JESQ-2026-\d{6}\n\nDear Priya Raman,\n/);
  expect(copied).toContain('Yours sincerely,\n\nSam Agent\nJESQ Solutions\nTelephone +44 (745) 051-5064\nEmail info@jesqsolutions.co.uk');

  // Recording it as sent is what acknowledges the case.
  await recordLetterSent(page, dialog, '2026-12-04T11:30', 'Email');
  await expectStage(page, 'Acknowledged');
  await expect(letterRow(page, 'Acknowledgement')).toContainText('Sent 04/12/2026');
  const files = page.getByRole('region', { name: 'Files' });
  await expect(files.getByRole('row', { name: new RegExp(`${reference} Acknowledgement 04-12-2026\\.pdf`) })).toContainText('The company');
  await expect(page.getByRole('region', { name: 'Deadlines' }).getByRole('row', { name: /^Acknowledge by/ })).toContainText('Met');
  await expectNoSeriousAxeViolations(page, 'case page after the acknowledgement was sent');
  await saveScreenshot(page, 'letters-panel-acknowledged');
  await expect(lettersRegion(page)).toBeVisible();
});

test('a letter the policy refuses is not recorded: the policy says why and the case is unchanged', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Owen Hughes',
    customerContact: '07700 900456',
    receivedAt: '2026-12-03T10:00',
    summary: 'Exit fees charged although the contract had ended.',
  });
  await expect(letterRow(page, 'Request for written confirmation')).toContainText('Available');

  // The letter goes the way of communicating agreed at receipt (the telephone here) unless staff choose another.
  // Without the date it was sent the letter's action schema names what is missing, next to the field.
  let dialog = await prepareLetter(page, 'Request for information');
  await expect(dialog.getByRole('combobox', { name: 'How it was sent' })).toHaveText('Telephone');
  await enterDate(dialog, 'Date and time sent', '');
  await dialog.getByRole('button', { name: 'Record as sent' }).click();
  await expect(dialog.getByText('Record when the request was sent')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Eight weeks have not passed: the policy refuses the 8-week letter and says from when it can be sent.
  dialog = await prepareLetter(page, '8-week letter');
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText('from 28/01/2027 (eight weeks after you made your complaint)');
  await choose(page, dialog, 'How it was sent', 'Letter');
  await dialog.getByRole('button', { name: 'Record as sent' }).click();
  await expect(dialog.getByRole('alert', { name: 'Not recorded' })).toContainText('The eight-week letter can be sent from 2027-01-28');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectStage(page, 'Received');
  await expect(page.getByRole('region', { name: 'Files' }).getByRole('row', { name: /\.pdf/ })).toHaveCount(0);
  await expect(letterRow(page, '8-week letter')).toContainText('Not yet');
});
