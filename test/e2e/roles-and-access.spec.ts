// Story: separation of duties on screen. The administrator asks for a second complaints manager and changes a role;
// an existing complaints manager confirms the request on Roles and access and reads the duty log. A password reset
// by the administrator takes away the manager's access to complaints about staff until a complaints manager gives it
// back: the administrator never gets it.
import { expect, test } from './steps/desk';
import type { Page } from '@playwright/test';
import { fixTheClock } from './steps/case-page';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { administrator, agent, createAccount, manager, signInAs, signOut, type Account } from './steps/sign-in';

const secondManager: Account = { name: 'Mona Manager', role: 'complaints-manager', password: 'quarry velvet pigeon' };
const customerName = 'Siân Gwŷn Łukasiewicz';

async function switchTo(page: Page, from: Account, to: Account, password = to.password): Promise<void> {
  await signOut(page, from.name);
  await signInAs(page, to.name, password);
}

async function openRolesAndAccess(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles and access' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles and access' })).toBeVisible();
}

async function allCasesShow(page: Page, reference: string, count: number): Promise<void> {
  await page.getByRole('link', { name: 'Work list' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
  await expect(page.getByRole('link', { name: reference, exact: true })).toHaveCount(count);
}

// The story starts on a desk already set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, manager] } });

test('a second complaints manager waits for the first; a reset password opens nothing until a manager gives access', async ({ page }) => {
  test.setTimeout(180_000);
  await fixTheClock(page);
  await page.goto('/');
  await signInAs(page, administrator.name, administrator.password);
  // The desk already has a complaints manager: the second one is asked for, and stays an agent meanwhile.
  await createAccount(page, secondManager);
  const monaRow = page.getByRole('row', { name: new RegExp(`^${secondManager.name}`) });
  await expect(monaRow).toContainText('Customer service agent');
  await expect(monaRow).toContainText('Complaints manager: awaiting confirmation');

  // The administrator changes the agent's role.
  await page.getByRole('button', { name: `Change the role of ${agent.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Change the role of ${agent.name}` });
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Investigator', exact: true }).click();
  await dialog.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status')).toHaveText(`The role of ${agent.name} is now Investigator.`);
  await expect(page.getByRole('row', { name: new RegExp(`^${agent.name}`) })).toContainText('Investigator');
  // Roles and access is the complaints managers' alone.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles and access' })).toHaveCount(0);
  await page.goto('/#/roles-and-access');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();

  // The first complaints manager confirms the second.
  await switchTo(page, administrator, manager);
  await openRolesAndAccess(page);
  await page.getByRole('button', { name: `Confirm ${secondManager.name} as complaints manager` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now a complaints manager' })).toHaveText(
    `${secondManager.name} is now a complaints manager and can read complaints about staff.`,
  );
  await expect(page.getByText('No request is waiting.')).toBeVisible();
  const log = page.getByRole('table', { name: 'Duty log' });
  await expect(page.getByText(/^The log is intact: \d+ entries, each linked to the one before\.$/)).toBeVisible();
  await expect(log.getByRole('row', { name: new RegExp(`${manager.name} ${secondManager.name} Confirmed as complaints manager`) })).toBeVisible();
  await expect(log.getByRole('row', { name: new RegExp(`${administrator.name} ${agent.name} Role changed: Customer service agent to Investigator`) })).toBeVisible();
  await expect(log.getByRole('row', { name: new RegExp(`${administrator.name} ${secondManager.name} Asked to become a complaints manager`) })).toBeVisible();

  // A complaint about staff, which both managers read.
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName, customerContact: '07700 900456', summary: 'The adviser laughed at my meter reading.' });
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await page.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: agent.name }).check();
  await page.getByRole('button', { name: 'Record complaint' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2026-S\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = (await heading.textContent()) ?? '';
  await switchTo(page, manager, secondManager);
  await allCasesShow(page, reference, 1);

  // The administrator resets the second manager's password: the new keys open nothing.
  await switchTo(page, secondManager, administrator);
  await page.getByRole('button', { name: `Reset password of ${secondManager.name}` }).click();
  const reset = page.getByRole('dialog', { name: `Reset the password of ${secondManager.name}` });
  const newPassword = 'lantern oyster meadow';
  await reset.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await reset.getByRole('textbox', { name: 'Confirm new password', exact: true }).fill(newPassword);
  await reset.getByRole('button', { name: 'Set password' }).click();
  await expect(reset).toBeHidden({ timeout: 15_000 });
  await switchTo(page, administrator, secondManager, newPassword);
  await allCasesShow(page, reference, 0);

  // The first manager sees who is waiting and gives access back.
  await switchTo(page, secondManager, manager);
  await openRolesAndAccess(page);
  const waiting = page.getByRole('table', { name: 'Waiting for access to complaints about staff' });
  await expect(waiting.getByRole('row', { name: new RegExp(`^${secondManager.name} Complaints manager`) })).toBeVisible();
  await page.getByRole('button', { name: `Give ${secondManager.name} access again` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'again' })).toHaveText(`${secondManager.name} can read 1 complaint about staff again.`);
  await expect(page.getByText('Nobody is waiting.')).toBeVisible();
  await expect(log.getByRole('row', { name: new RegExp(`${administrator.name} ${secondManager.name} Password reset`) })).toBeVisible();
  await expect(log.getByRole('row', { name: new RegExp(`${manager.name} ${secondManager.name} Access given to complaints about staff: 1 complaint`) })).toBeVisible();
  await switchTo(page, manager, secondManager, newPassword);
  await allCasesShow(page, reference, 1);
});
