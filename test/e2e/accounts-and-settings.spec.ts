// Story: the administrator sets up the desk, adds staff and changes settings; staff sign in; the idle desk locks.
import { expect, test } from './steps/desk';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { administrator, agent, createAccount, manager, setUpDesk, signInAs, signOut, userMenu } from './steps/sign-in';
import { saveScreenshot } from './screenshots';
import { enterDate } from './steps/dates';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('first start creates the administrator, who adds staff and never sees cases', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Complaints Desk' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('JESQ Solutions');
  await expect(page.getByRole('textbox', { name: 'Company telephone' })).toHaveValue('+44 (745) 051-5064');
  await expect(page.getByRole('textbox', { name: 'Company email' })).toHaveValue('info@jesqsolutions.co.uk');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set up the desk' }).click();
  await expect(page.getByText('Your name is required')).toBeVisible();
  await expect(page.getByText('The password must be at least 10 characters')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'set-up');
  await saveScreenshot(page, 'set-up');

  await setUpDesk(page);
  await expect(nav(page).getByRole('link')).toHaveText(['Accounts', 'Settings']);
  await expect(userMenu(page, administrator.name)).toContainText('Administrator');
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.goto('/#/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();

  await createAccount(page, agent);
  await createAccount(page, manager);
  await expect(page.getByRole('row', { name: /^Sam Agent/ })).toContainText('Customer service agent');
  await expect(page.getByRole('row', { name: /^Max Manager/ })).toContainText('Complaints manager');

  await page.getByRole('button', { name: `Deactivate ${administrator.name}` }).click();
  await expect(page.getByRole('alert')).toHaveText('You cannot deactivate your own account: ask another administrator');
  await page.getByRole('button', { name: 'Deactivate Max Manager' }).click();
  await expect(page.getByRole('row', { name: /^Max Manager/ })).toContainText('Deactivated');
  await expectNoSeriousAxeViolations(page, 'accounts');
  await saveScreenshot(page, 'accounts');

  await signOut(page, administrator.name);
  // The sign-in screen names nobody: staff type their name.
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByText(agent.name)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'sign-in');
  await saveScreenshot(page, 'sign-in');

  await page.getByRole('textbox', { name: 'User name' }).fill(agent.name);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The user name or password is not right', { timeout: 15_000 });
  await page.getByRole('textbox', { name: 'User name' }).fill(manager.name);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The user name or password is not right', { timeout: 15_000 });

  await signInAs(page, agent.name, agent.password);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/$/);
  await expect(nav(page).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
  await page.goto('/#/accounts');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'New complaint' })).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: 'New complaint' })).toBeVisible();
});

test.describe('on a desk already set up with an agent', () => {
  test.use({ desk: { accounts: [agent] } });

  test('the idle desk locks, hides the case work and opens again with the password, by keyboard alone', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await signInAs(page, agent.name, agent.password);
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();

    await page.clock.fastForward('09:00');
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    await page.clock.fastForward('01:30');
    await expect(page.getByRole('heading', { name: 'Complaints Desk is locked' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeHidden();
    await expectNoSeriousAxeViolations(page, 'lock');
    await saveScreenshot(page, 'lock');

    await page.keyboard.type('not my password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('The password is not right', { timeout: 15_000 });
    await page.keyboard.type(agent.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { name: 'Complaints Desk is locked' })).toBeHidden();

    await userMenu(page, agent.name).click();
    await page.getByRole('menuitem', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Complaints Desk is locked' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});

test('settings changes are kept after a reload', async ({ page }) => {
  await setUpDesk(page);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Nation' })).toHaveText('England and Wales');
  await expect(page.getByLabel('Opens')).toHaveValue('09:00');
  await expect(page.getByLabel('Closes')).toHaveValue('17:30');
  await expectNoSeriousAxeViolations(page, 'settings');

  await page.getByRole('combobox', { name: 'Nation' }).click();
  await page.getByRole('option', { name: 'Scotland' }).click();
  await page.getByLabel('Opens').fill('08:30');
  await page.getByLabel('Closes').fill('08:00');
  for (const date of ['29/12/2026', '30/12/2026', '31/12/2026']) {
    await enterDate(page, 'Closure date', date);
    await page.getByRole('button', { name: 'Add closure date' }).click();
  }
  await enterDate(page, 'Closure date', '31/02/2026');
  await page.getByRole('button', { name: 'Add closure date' }).click();
  await expect(page.getByText('Type a real date as dd/mm/yyyy, like 29/12/2026')).toBeVisible();
  await page.getByRole('button', { name: 'Remove closure date 30/12/2026' }).click();
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByText('Closing time must be after opening time')).toBeVisible();
  await page.getByLabel('Closes').fill('17:00');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByText('Business calendar saved.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Company telephone' }).fill('+44 (745) 051-9999');
  await page.getByRole('button', { name: 'Save company details' }).click();
  await expect(page.getByText('Company details saved.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Lock after idle minutes' }).fill('5');
  await page.getByRole('button', { name: 'Save idle lock' }).click();
  await expect(page.getByText('The desk now locks after 5 idle minutes.')).toBeVisible();
  await saveScreenshot(page, 'settings');

  await page.reload();
  await signInAs(page, administrator.name, administrator.password);
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('combobox', { name: 'Nation' })).toHaveText('Scotland');
  await expect(page.getByLabel('Opens')).toHaveValue('08:30');
  await expect(page.getByLabel('Closes')).toHaveValue('17:00');
  await expect(page.getByRole('list', { name: 'Company closure dates' }).getByRole('listitem')).toHaveText(['29/12/2026', '31/12/2026']);
  await expect(page.getByRole('textbox', { name: 'Company telephone' })).toHaveValue('+44 (745) 051-9999');
  await expect(page.getByRole('textbox', { name: 'Lock after idle minutes' })).toHaveValue('5');
});
