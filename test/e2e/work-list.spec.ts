// Story: an agent records four complaints, then works the list: tabs, a filter, sorting, searching, and opens a case.
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { choose, deskWith, fixTheClock } from './steps/case-page';
import { recordComplaint, type ComplaintDetails } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// The story's day is Friday 4 December 2026 (STORY_NOW): each complaint's acknowledgement falls differently.
const complaints: (ComplaintDetails & { ackBy: string; words: string })[] = [
  { channel: 'Telephone', customerName: 'Margaret Oyelaran', customerContact: '07700 900123', receivedAt: '2026-11-23T10:00', summary: 'Billed twice for the October gas contract renewal.', ackBy: '26/11/2026', words: 'overdue by 6 business days' },
  { channel: 'Email', customerName: 'Idris Bamford', customerContact: 'idris.bamford@example.co.uk', receivedAt: '2026-12-01T09:30', summary: 'Broker fee was never disclosed before signing.', ackBy: '04/12/2026', words: 'due today' },
  { channel: 'Letter', customerName: 'Priya Natarajan', customerContact: '01632 960 442', receivedAt: '2026-12-03T11:00', summary: 'Meter readings ignored for three months.', ackBy: '08/12/2026', words: 'in 2 business days' },
  { channel: 'In person', customerName: 'Tom Ellery', customerContact: '07700 900456', receivedAt: '2026-12-04T10:00', summary: 'Switched supplier without my agreement.', ackBy: '09/12/2026', words: 'in 3 business days' },
];

const grid = (page: Page) => page.getByRole('grid', { name: 'Cases' });
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+( open)?\\))?$`) });

/** The references the list shows, top to bottom. */
async function listed(page: Page): Promise<string[]> {
  return grid(page).getByRole('link').allTextContents();
}

async function expectListed(page: Page, references: string[]): Promise<void> {
  await expect.poll(() => listed(page)).toEqual(references);
}

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

test('an agent works the list by tab, filter, sort and search, and opens a case from it', async ({ page }) => {
  const references: string[] = [];
  for (const complaint of complaints) {
    await recordComplaint(page, complaint);
    const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
    await expect(heading).toBeVisible();
    references.push((await heading.textContent()) ?? '');
  }
  const [margaret, idris, priya, tom] = references as [string, string, string, string];

  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(tab(page, 'My cases')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'My cases')).toHaveText('My cases (4 open)');
  await expect(tab(page, 'Overdue')).toHaveText('Overdue (1)');
  await expect(tab(page, 'Due today')).toHaveText('Due today (1)');
  await expect(tab(page, 'Breaching soon')).toHaveText('Breaching soon (1)');
  await expect(tab(page, 'On hold')).toHaveText('On hold (0)');
  await expect(tab(page, 'All')).toHaveText('All');
  // Next deadline first: the overdue acknowledgement leads.
  await expectListed(page, [margaret, idris, priya, tom]);
  for (const [i, complaint] of complaints.entries()) {
    const row = grid(page).getByRole('row', { name: new RegExp(`${references[i]}.*${complaint.customerName}`) });
    await expect(row).toContainText(complaint.ackBy);
    await expect(row).toContainText('Acknowledge');
    await expect(row).toContainText(complaint.words);
  }
  await expectNoSeriousAxeViolations(page, 'case list');
  await saveScreenshot(page, 'work-list');

  // Tabs, by mouse and by keyboard (arrow to the next tab, Enter to choose it).
  await tab(page, 'Overdue').click();
  await expectListed(page, [margaret]);
  await tab(page, 'Overdue').press('ArrowRight');
  await expect(tab(page, 'Breaching soon')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectListed(page, [priya]);
  await tab(page, 'Due today').click();
  await expectListed(page, [idris]);
  await tab(page, 'On hold').click();
  await expect(grid(page)).toContainText('No cases in On hold.');

  // A filter within All, then cleared.
  await tab(page, 'All').click();
  await expectListed(page, [margaret, idris, priya, tom]);
  await choose(page, page.getByRole('group', { name: 'Filters' }), 'Channel', 'Letter');
  await expectListed(page, [priya]);
  await choose(page, page.getByRole('group', { name: 'Filters' }), 'Due', 'Overdue');
  await expect(grid(page)).toContainText('No cases in All.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expectListed(page, [margaret, idris, priya, tom]);

  // Sort by when received, newest first; back to next deadline first.
  await grid(page).getByRole('columnheader', { name: 'Received' }).click();
  await expectListed(page, [tom, priya, idris, margaret]);
  await grid(page).getByRole('columnheader', { name: 'Next deadline' }).click();
  await expectListed(page, [margaret, idris, priya, tom]);

  // Search by name, by reference number, by a word of the summary.
  const search = page.getByRole('searchbox', { name: 'Search cases' });
  await search.fill('bamford');
  await expectListed(page, [idris]);
  await search.fill(tom.slice(-6));
  await expectListed(page, [tom]);
  await search.fill('meter');
  await expectListed(page, [priya]);
  await search.fill('nobody-by-this-name');
  await expect(grid(page)).toContainText('No cases in All match "nobody-by-this-name".');
  await search.fill('bamford');
  await expectListed(page, [idris]);

  // Open the case from the list; going back returns to the same search.
  await grid(page).getByRole('link', { name: idris }).click();
  await expect(page.getByRole('heading', { level: 1, name: idris })).toBeVisible();
  await expect(page.getByText('Broker fee was never disclosed before signing.')).toBeVisible();
  // The letters panel fills in once the company details are read: let it settle before checking contrast.
  await expect(page.getByRole('button', { name: 'Prepare: Acknowledgement' })).toBeEnabled();
  await expectNoSeriousAxeViolations(page, 'case page');
  await page.goBack();
  await expect(search).toHaveValue('bamford');
  await expect(tab(page, 'All')).toHaveAttribute('aria-selected', 'true');
  await expectListed(page, [idris]);

  // The keyboard reaches a reference link in the grid and opens it.
  await search.fill('');
  await expectListed(page, [margaret, idris, priya, tom]);
  await grid(page).getByRole('link', { name: priya }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: priya })).toBeVisible();
});
