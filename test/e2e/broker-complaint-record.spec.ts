// Story: an agent records a business customer's complaint as the regulators read it (regulation 4 at receipt, the
// broker's context, an invalid MPAN refused by its digit), letters go the way agreed, a later contact is logged by
// whoever made it, search finds the case by its business details, and the agent reopens it once it has ended.
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { choose, deskWith, expectDeadline, expectStage, fixTheClock, openAction, save, showOnlyEvents, timeline } from './steps/case-page';
import { enterDate } from './steps/dates';
import { recordAndOpen } from './steps/emails';
import { prepareLetter } from './steps/letters';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

const MPAN_WRONG_CHECK_DIGIT = '13 1234 5678 908';
const MPAN = '13 1234 5678 907';
const MPRN = '7306854108';

/** The fact a definition list shows against its term. */
function fact(page: Page, region: string, term: string) {
  return page.getByRole('region', { name: region }).getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::*[1]');
}

async function searchFinds(page: Page, words: string, reference: string): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Cases' });
  const search = page.getByRole('searchbox', { name: 'Search cases' });
  // A search that finds nothing first, so the case showing is this search's answer, not the last one's.
  await search.fill('tumble dryer');
  await expect(grid).toContainText('match "tumble dryer"');
  await search.fill(words);
  await expect(grid.getByRole('link', { name: reference })).toBeVisible();
  await expect(grid.getByRole('link', { name: /^JESQ-2026-\d{6}$/ })).toHaveCount(1);
}

// Receipt, a later contact, search, withdrawal and reopening on one case: about 1.5 minutes alone, 3 on a loaded machine.
test.setTimeout(300_000);

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('a broker’s complaint recorded as the regulators read it, found by its business, and reopened with a reason', async ({ page }) => {
  // Another complaint on the desk, so that a search finding everything would show.
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Email', customerName: 'Harriet Cole', customerContact: 'harriet@example.co.uk', receivedAt: '2026-11-30T09:00', summary: 'The renewal quote was never sent.' });
  await recordAndOpen(page);

  // At receipt: made on the telephone (orally), letters agreed by email, the advice given; then the business.
  await openNewComplaint(page);
  await fillComplaint(page, {
    channel: 'Telephone',
    customerName: 'Gwenllian Prys',
    customerContact: 'gwen@ynysmonbakeries.example',
    receivedAt: '2026-11-23T10:00',
    summary: 'Our standing charge doubled at renewal and the broker fee was never shown to us.',
  });
  await choose(page, page.getByRole('main'), 'Made orally or in writing', 'Orally');
  await choose(page, page.getByRole('main'), 'Way of communicating agreed', 'Email');
  await page.getByRole('textbox', { name: 'Advice given or action taken' }).fill('Asked the supplier for the renewal terms; told her how we handle complaints.');
  await page.getByRole('checkbox', { name: 'The customer is a business' }).check();
  const business = page.getByRole('region', { name: 'The business' });
  await business.getByRole('textbox', { name: 'Business name' }).fill('Ynys Môn Bakeries Ltd');
  await business.getByRole('textbox', { name: 'Person complaining for the business' }).fill('Gwenllian Prys');
  await choose(page, business, 'Business size', 'Micro business');
  await business.getByRole('textbox', { name: 'Reason for the business size' }).fill('6 employees, turnover £400,000');
  await business.getByRole('textbox', { name: 'Suppliers involved' }).fill('Dyfed Power, DP-778812\nNorthgas Supply, NGS/2026/0042');
  await business.getByRole('textbox', { name: 'MPANs (electricity)' }).fill(MPAN_WRONG_CHECK_DIGIT);
  await business.getByRole('textbox', { name: 'MPRNs (gas)' }).fill(MPRN);
  await enterDate(business, 'Contract start', '2025-04-01');
  await enterDate(business, 'Contract end', '2027-03-31');
  await business.getByRole('checkbox', { name: 'Letter of authority on file' }).check();
  await enterDate(business, 'Letter of authority expires', '2027-04-01');
  await choose(page, business, "Broker's commission", 'Not disclosed');

  // An MPAN whose check digit is wrong is refused, naming the digit; nothing is recorded.
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(business.getByRole('textbox', { name: 'MPANs (electricity)' })).toHaveAccessibleDescription(
    /MPAN 1312345678908 fails its check: the 13th digit \(the check digit\) is 8, but the first 12 digits call for 7/,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'New complaint' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'new complaint with a business and a refused MPAN');
  await saveScreenshot(page, 'intake-business-mpan-refused');
  await business.getByRole('textbox', { name: 'MPANs (electricity)' }).fill(MPAN);
  const reference = await recordAndOpen(page);

  // The record shows what regulation 4 asks and the broker's context.
  await expect(fact(page, 'Complaint record', 'Made')).toHaveText('Orally');
  await expect(fact(page, 'Complaint record', 'Way of communicating agreed')).toHaveText('Email');
  await expect(fact(page, 'Complaint record', 'Advice given or action taken')).toHaveText('Asked the supplier for the renewal terms; told her how we handle complaints.');
  await expect(fact(page, 'Complaint record', 'Resolved at receipt')).toHaveText('No');
  await expect(fact(page, 'Complaint record', 'Business')).toHaveText('Ynys Môn Bakeries Ltd, for whom Gwenllian Prys complains');
  await expect(fact(page, 'Complaint record', 'Business size')).toHaveText('Micro business (6 employees, turnover £400,000)');
  await expect(fact(page, 'Complaint record', 'Suppliers')).toHaveText('Dyfed Power (their reference DP-778812); Northgas Supply (their reference NGS/2026/0042)');
  await expect(fact(page, 'Complaint record', 'Meter points')).toHaveText(`MPAN 1312345678907; MPRN ${MPRN}`);
  await expect(fact(page, 'Complaint record', 'Contract')).toHaveText('01/04/2025 to 31/03/2027');
  await expect(fact(page, 'Complaint record', 'Letter of authority')).toHaveText('On file, expires 01/04/2027');
  await expect(fact(page, 'Complaint record', "Broker's commission")).toHaveText('Not disclosed');
  // A micro business may go to the Energy Ombudsman: from the 8-week date, for 12 months after it.
  await expect(page.getByRole('region', { name: 'Energy Ombudsman' }).getByRole('alert')).toHaveText('Not yet: the customer may refer from 18/01/2027');
  await expect(fact(page, 'Energy Ombudsman', 'Refer by')).toHaveText('18/01/2028 (after the 8-week date)');

  // Letters go the way agreed (email), not the way the customer complained (telephone).
  const letter = await prepareLetter(page, 'Acknowledgement');
  await expect(letter.getByRole('combobox', { name: 'How it was sent' })).toHaveText('Email');
  await letter.getByRole('button', { name: 'Cancel' }).click();

  // A later contact, in writing, by the business's accountant on its behalf.
  let dialog = await openAction(page, 'Record a later contact', 'Record a later contact');
  await enterDate(dialog, 'Date and time of the contact', '2026-12-02T14:30');
  await choose(page, dialog, 'Made orally or in writing', 'In writing');
  await choose(page, dialog, 'Who made the contact', 'Someone on their behalf');
  await dialog.getByRole('textbox', { name: 'Name of the person acting for the customer' }).fill('Rhodri Ellis, accountant');
  await dialog.getByRole('textbox', { name: 'How to reach them' }).fill('rhodri@ellis-accounts.example');
  await dialog.getByRole('textbox', { name: 'Summary of the contact' }).fill('Sent the November invoice showing the doubled standing charge.');
  await dialog.getByRole('textbox', { name: 'Advice given or action taken' }).fill('Invoice added to the case; forwarded to Dyfed Power.');
  await expectNoSeriousAxeViolations(page, 'record a later contact');
  await save(dialog, 'Record contact');
  await expect(fact(page, 'Complaint record', 'Contact 02/12/2026 14:30')).toHaveText(
    'In writing, by Rhodri Ellis, accountant on their behalf (rhodri@ellis-accounts.example): Sent the November invoice showing the doubled standing charge. Advice or action: Invoice added to the case; forwarded to Dyfed Power.',
  );
  await showOnlyEvents(page, 'Record a later contact');
  await expect(timeline(page).getByRole('listitem')).toHaveText(/Later contact from Rhodri Ellis, accountant on the customer's behalf, made in writing.*by Sam Agent/);
  await showOnlyEvents(page, 'Every kind');
  await saveScreenshot(page, 'case-page-complaint-record');

  // Search finds the case by its business details, the MPAN as a bill prints it included (every detail, one by one:
  // test/integration/store/search-business.test.ts).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  for (const words of ['Ynys Môn Bakeries', 'NGS/2026/0042', MPAN, MPRN]) await searchFinds(page, words, reference);

  // The customer withdraws; later she is back, and the agent reopens the complaint with the reason.
  await page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: reference }).click();
  dialog = await openAction(page, 'Withdrawn by customer', 'Withdrawn by the customer');
  await enterDate(dialog, 'Date and time withdrawn', '2026-12-03T09:00');
  await choose(page, dialog, 'How the customer withdrew it', 'Email');
  await save(dialog, 'Record withdrawal');
  await expectStage(page, 'Withdrawn');

  dialog = await openAction(page, 'Reopen complaint', 'Reopen complaint');
  await expect(dialog).toContainText('The 8-week date and the Energy Ombudsman still run from the first receipt.');
  await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(dialog.getByText('Give the reason for reopening the complaint')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason for reopening' }).fill('The supplier has billed the doubled standing charge again.');
  await save(dialog, 'Reopen');
  await expectStage(page, 'Received');

  // A new life: acknowledge within 3 and resolve within 10 business days of reopening (Fri 4 Dec, noon); the 8-week
  // date and the Ombudsman still run from the first receipt (Mon 23 Nov).
  await expectDeadline(page, 'Acknowledge by', '09/12/2026', 'Due');
  await expectDeadline(page, 'Resolve by', '18/12/2026', 'Due');
  await expectDeadline(page, '8 weeks', '18/01/2027', 'Not yet');
  await expect(page.getByRole('region', { name: 'Energy Ombudsman' }).getByRole('alert')).toHaveText('Not yet: the customer may refer from 18/01/2027');
  await expect(fact(page, 'Complaint record', 'First life')).toHaveText(
    'Received 23/11/2026 10:00; withdrawn 03/12/2026 09:00 (withdrawn). Reopened 04/12/2026 12:00 by Sam Agent: The supplier has billed the doubled standing charge again.',
  );
  // The timeline keeps both lives: the first receipt and withdrawal, then the reopening.
  const events = timeline(page).getByRole('listitem');
  await expect(events.filter({ hasText: 'Complaint reopened (it was withdrawn): The supplier has billed the doubled standing charge again.' })).toHaveCount(1);
  await expect(events.filter({ hasText: /^Withdraw/ })).toHaveCount(1);
  await expect(events.filter({ hasText: 'Complaint received' })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, 'case page of a reopened complaint');
  await saveScreenshot(page, 'case-page-reopened');

  // The size changes: a business too large for the scheme has no Energy Ombudsman, and the panel says so.
  dialog = await openAction(page, 'Record business details', 'Business details');
  await choose(page, dialog, 'Business size', 'Larger business (not micro or small)');
  await dialog.getByRole('textbox', { name: 'Reason for the business size' }).fill('Bought by a group with 400 employees');
  await save(dialog, 'Save business details');
  await expect(page.getByRole('region', { name: 'Energy Ombudsman' }).getByRole('alert')).toHaveText('The business is too large for the Energy Ombudsman');
  await expect(fact(page, 'Complaint record', 'Business size')).toHaveText('Larger business (not micro or small) (Bought by a group with 400 employees)');
});
