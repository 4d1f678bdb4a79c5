// Story: an agent records a complaint naming a colleague; it is confidential at once, hidden from both, seen by the manager.
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { agent, manager, signInAs, signOut, type Account } from './steps/sign-in';

const employee: Account = { name: 'Dave Parry', role: 'agent', password: 'harbour maple lantern' };
const customerName = 'Harriet Quinn';

async function caseListShows(page: Page, reference: string, visible: boolean): Promise<void> {
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('link', { name: reference, exact: true })).toHaveCount(visible ? 1 : 0);
  await expect(page.getByRole('row', { name: new RegExp(customerName) })).toHaveCount(visible ? 1 : 0);
  // Nor in All, nor by searching for the customer's name or the case's reference.
  await page.getByRole('tab', { name: /^All/ }).click();
  await expect(page.getByRole('link', { name: reference, exact: true })).toHaveCount(visible ? 1 : 0);
  const search = page.getByRole('searchbox', { name: 'Search cases' });
  for (const words of [customerName, reference]) {
    await search.fill(words);
    // The search has run once the list's address holds it.
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(words).replace(/%20/g, '(\\+|%20)')}(&|$)`));
    await expect(page.getByRole('link', { name: reference, exact: true })).toHaveCount(visible ? 1 : 0);
    await expect(page.getByRole('row', { name: new RegExp(customerName) })).toHaveCount(visible ? 1 : 0);
  }
  await search.fill('');
}

async function switchTo(page: Page, from: Account, to: Account): Promise<void> {
  await signOut(page, from.name);
  await signInAs(page, to.name, to.password);
}

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, employee, manager] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent, employee, manager]);
});

test('a complaint about a named employee is hidden from the agent who recorded it and from the employee', async ({ page }) => {
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName, customerContact: '07700 900456', summary: 'Dave was rude on the phone and hung up on me twice.' });
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await page.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: employee.name }).check();
  const note = page.getByRole('note', { name: 'Confidential complaint' });
  await expect(note).toContainText(`It will be handled by the complaints managers (${manager.name})`);
  await expect(note).toContainText('After saving you will see only that you recorded it');
  await expect(page.getByRole('radio', { name: 'Resolved at first contact' })).toBeDisabled();
  await expect(page.getByText('or drop files here (up to 25 MB each)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Record complaint' }).click();

  // The recorder sees only that they recorded it.
  const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2026-(\d{6}|S\d{5})$/ });
  await expect(heading).toBeVisible();
  const reference = (await heading.textContent()) ?? '';
  const caseUrl = page.url();
  await expect(page.getByText('You recorded this complaint. It is confidential and is being handled by the complaints manager.')).toBeVisible();
  await expect(page.getByText(customerName)).toHaveCount(0);
  await caseListShows(page, reference, false);

  // The named employee cannot find it, nor open it by its address.
  await switchTo(page, agent, employee);
  await caseListShows(page, reference, false);
  await page.goto(caseUrl);
  await expect(page.getByRole('alert')).toHaveText('No case with that identifier is on this desk.');
  await expect(page.getByText('Dave was rude on the phone')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: reference })).toHaveCount(0);

  // A complaints manager finds it and opens it.
  await switchTo(page, employee, manager);
  await caseListShows(page, reference, true);
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByText('Dave was rude on the phone and hung up on me twice.')).toBeVisible();
});
