// Story: a complaints manager exports everything held about a customer, then anonymises their case once it is past retention.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readZipStream } from '../../shared/case-pack/zip-reader';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { choose, deskWith, fixTheClock, openAction, save, STORY_NOW } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { administrator, manager, signInAs, signOut } from './steps/sign-in';
import { enterDate } from './steps/dates';

/** Seven years before the story's day: the complaint is recorded and withdrawn then. */
const SEVEN_YEARS_AGO = new Date('2019-12-04T12:00:00Z');

async function zipEntryNames(path: string): Promise<string[]> {
  const outcome = await readZipStream(new Uint8Array(readFileSync(path)), () => ({ data: () => undefined }));
  expect(outcome.problems).toEqual([]);
  return outcome.entries.map((e) => e.name);
}

/** Seven years ago, the manager records Derek Amadi's complaint and he withdraws it; returns its reference. */
async function withdrawnComplaintOf2019(page: Page): Promise<string> {
  await fixTheClock(page, SEVEN_YEARS_AGO);
  await deskWith(page, [manager]);
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Derek Amadi',
    customerContact: 'derek.amadi@example.co.uk',
    receivedAt: '2019-12-02T10:00',
    summary: 'Derek Amadi was billed twice for his renewal.',
  });
  const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2019-\d{6}$/ });
  await expect(heading).toBeVisible();
  const reference = (await heading.textContent()) ?? '';
  const dialog = await openAction(page, 'Withdrawn by customer', 'Withdrawn by the customer');
  await enterDate(dialog, 'Date and time withdrawn', '2019-12-04T11:00');
  await choose(page, dialog, 'How the customer withdrew it', 'Email');
  await save(dialog, 'Record withdrawal');

  await fixTheClock(page, STORY_NOW);
  return reference;
}

test('a manager exports a customer’s data, then anonymises their case past retention after confirming', async ({ page }) => {
  const reference = await withdrawnComplaintOf2019(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Subject access' }).click();
  // The same words to every manager, whatever is on the desk: nothing hints that a complaint names them.
  await expect(page.getByText('A complaint that names you is hidden from you, and so from any export you make.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Find a customer' }).fill('Amadi');
  await page.getByRole('list', { name: 'Matching customers' }).getByRole('button', { name: /Derek Amadi/ }).click();
  await expect(page.getByRole('table', { name: 'Cases held for this customer' }).getByRole('row', { name: new RegExp(reference) })).toContainText('Withdrawn');
  await expectNoSeriousAxeViolations(page, 'subject access');
  await saveScreenshot(page, 'subject-access');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything held' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Subject access - Derek Amadi - 04-12-2026.zip');
  const saved = test.info().outputPath('subject-access.zip');
  await download.saveAs(saved);
  expect((await zipEntryNames(saved)).sort()).toEqual(['README.txt', 'subject-access.json', 'summary.pdf']);
  await expect(page.getByText(/Everything held about Derek Amadi \(1 case\) was downloaded/)).toBeVisible();

  await nav.getByRole('link', { name: 'Retention review' }).click();
  const row = page.getByRole('row', { name: new RegExp(`${reference}.*Derek Amadi`) });
  await expect(row).toContainText('04/12/2019');
  await expect(row).toContainText('04/12/2025');
  await expectNoSeriousAxeViolations(page, 'retention review');
  await saveScreenshot(page, 'retention-review');

  await row.getByRole('button', { name: `Anonymise ${reference}` }).click();
  const confirm = page.getByRole('dialog', { name: `Anonymise ${reference}?` });
  await expect(confirm).toContainText('This cannot be undone');
  const go = confirm.getByRole('button', { name: 'Anonymise for good' });
  await expect(go).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Type the case reference to confirm' }).fill('JESQ-2019-999999');
  await expect(go).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Type the case reference to confirm' }).fill(reference);
  await expectNoSeriousAxeViolations(page, 'anonymise confirmation');
  await saveScreenshot(page, 'retention-review-confirm');
  await go.click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`${reference} was anonymised`)).toBeVisible();
  await expect(page.getByText('No case is past its retention period.')).toBeVisible();

  await nav.getByRole('link', { name: 'Work list' }).click();
  const listed = page.getByRole('row', { name: new RegExp(reference) });
  await expect(listed).toContainText('Anonymised customer');
  await expect(page.getByText('Derek Amadi')).toHaveCount(0);
  // The anonymised case opens, says why nothing more can be done, and offers no action.
  await listed.getByRole('link', { name: reference }).click();
  await expect(page.getByText('This case has already been anonymised: nothing more can be recorded on it or done to it.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Actions' })).toContainText('No actions fit this case now.');
  await nav.getByRole('link', { name: 'Subject access' }).click();
  await page.getByRole('textbox', { name: 'Find a customer' }).fill('Amadi');
  await expect(page.getByText('No customer matches “Amadi”.')).toBeVisible();
});

test('an administrator sets how long finished cases are kept, and the review follows it', async ({ page }) => {
  await withdrawnComplaintOf2019(page);
  await signOut(page, manager.name);
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const years = page.getByRole('textbox', { name: 'Keep finished cases for (years)' });
  await expect(years).toHaveValue('6');
  await years.fill('0');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByText('Retention period must be a number of years from 1 to 50')).toBeVisible();
  await years.fill('8');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByText('Finished cases are now kept for 8 years before they may be anonymised.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'settings with retention');

  await signOut(page, administrator.name);
  await signInAs(page, manager.name, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention review' }).click();
  await expect(page.getByText('Finished cases are kept for 8 years after they end')).toBeVisible();
  await expect(page.getByText('No case is past its retention period.')).toBeVisible();
});
