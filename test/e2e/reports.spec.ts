// Story: a complaints manager records two complaints, opens Reports for November and exports the figures as CSV.
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { acknowledge, deskWith, expectStage, fixTheClock } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent, manager, signInAs, signOut } from './steps/sign-in';
import { enterDate, expectDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [manager, agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [manager, agent]);
});

function caseHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
}

test('a complaints manager reads November’s figures, charts and tables, and exports them as CSV', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Margaret Oyelaran',
    customerContact: '07700 900123',
    receivedAt: '2026-11-23T10:00',
    summary: 'Billed twice for the October gas contract renewal.',
  });
  await expect(caseHeading(page)).toBeVisible();
  await acknowledge(page, '2026-11-24T09:30', 'Email');
  await expectStage(page, 'Acknowledged');

  await recordComplaint(page, {
    channel: 'Email',
    customerName: 'Tomasz Wiśniewski',
    customerContact: 'tomasz@example.co.uk',
    receivedAt: '2026-11-25T14:00',
    summary: '=HYPERLINK("http://example.com") The renewal letter quoted the wrong unit rate.',
  });
  await expect(caseHeading(page)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  // This month so far (1 to 4 December): nothing received yet.
  const figures = page.getByRole('list', { name: 'Figures' });
  await expect(figures.getByRole('listitem', { name: /^Complaints received: 0/ })).toBeVisible();

  const period = page.getByRole('form', { name: 'Report period' });
  await enterDate(period, 'From', '01/11/2026');
  await enterDate(period, 'To', '31/11/2026');
  await period.getByRole('button', { name: 'Show report' }).click();
  await expect(period.getByText('Last date must be a real date written dd/mm/yyyy, like 01/11/2026')).toBeVisible();
  await enterDate(period, 'To', '30/11/2026');
  await period.getByRole('button', { name: 'Show report' }).click();

  await expect(figures.getByRole('listitem', { name: /^Complaints received: 2/ })).toBeVisible();
  // Acknowledged on 24 November (in time) and not at all by 26 November (overdue).
  await expect(figures.getByRole('listitem', { name: 'Acknowledged within 3 business days: 50%, 1 of 2' })).toBeVisible();
  await expect(figures.getByRole('listitem', { name: /^Resolved within 10 business days: None to judge/ })).toBeVisible();
  await expect(figures.getByRole('listitem', { name: 'Total value of remedies: £0.00' })).toBeVisible();

  const channels = page.getByRole('table', { name: 'Complaints by channel' });
  await expect(channels.getByRole('row', { name: /^Telephone/ }).getByRole('cell').first()).toHaveText('1');
  await expect(channels.getByRole('row', { name: /^Email/ }).getByRole('cell').first()).toHaveText('1');
  await expect(channels.getByRole('row', { name: /^Letter/ }).getByRole('cell').first()).toHaveText('0');
  const acknowledgement = page.getByRole('table', { name: 'Acknowledged within 3 business days' });
  await expect(acknowledgement.getByRole('row', { name: /^In time/ })).toContainText('1');
  await expect(acknowledgement.getByRole('row', { name: /^Overdue/ })).toContainText('1');
  await expect(page.getByRole('region', { name: 'Complaints by category' }).locator('svg').first()).toBeVisible();

  await expectNoSeriousAxeViolations(page, 'reports');
  await saveScreenshot(page, 'reports');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('complaints-report-2026-11-01-to-2026-11-30.csv');
  await expect(page.getByRole('status').filter({ hasText: 'Report downloaded as complaints-report-2026-11-01-to-2026-11-30.csv' })).toBeVisible();
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.slice(0, 3)).toEqual(['Complaints Desk report: learning from complaints', 'Complaints received from,01/11/2026,to,30/11/2026', 'As at,04/12/2026']);
  expect(lines).toContain('Complaints received,2');
  expect(lines).toContain('Acknowledged within 3 business days,50.0% (1 of 2)');
  expect(lines).toContain('Telephone,1,0');
  expect(lines).toContain('Email,1,0');
  expect(lines).toContain('Total value of remedies,£0.00');
  // The figures name no case, customer or complaint.
  expect(lines.join('\n')).not.toMatch(/JESQ-|Oyelaran|Wiśniewski|HYPERLINK/);

  await page.getByRole('button', { name: 'Last month' }).click();
  await expectDate(period, 'From', '01/11/2026');
  await expectDate(period, 'To', '30/11/2026');
});

test('an agent has no Reports: it is for complaints managers', async ({ page }) => {
  await signOut(page, manager.name);
  await signInAs(page, agent.name, agent.password);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' })).toHaveCount(0);
});
