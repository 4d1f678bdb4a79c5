// Story: the sign-in screen asks for a name and lists nobody, until an administrator of a small desk turns the list on.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { administrator, agent, createAccount, manager, setUpDesk, signInAs, signOut } from './steps/sign-in';

test('staff type their name to sign in; a small desk may list the names instead', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);
  await createAccount(page, agent);
  await createAccount(page, manager);
  await signOut(page, administrator.name);

  const name = page.getByRole('textbox', { name: 'User name' });
  await expect(name).toBeVisible();
  await expect(name).toHaveAccessibleDescription('Type your name as your account has it');
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await name.fill('Sa');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(page.getByText(agent.name)).toHaveCount(0);

  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Sign-in screen' });
  await section.getByRole('switch', { name: 'List staff names on the sign-in screen' }).check();
  await expect(section.getByRole('status')).toHaveText('The sign-in screen now lists the names of staff who can sign in.');
  await signOut(page, administrator.name);

  const list = page.getByRole('combobox', { name: 'User name' });
  await list.click();
  await expect(page.getByRole('option')).toHaveText([administrator.name, manager.name, agent.name]);
  await expectNoSeriousAxeViolations(page, 'sign-in with names listed');
  await page.getByRole('option', { name: agent.name }).click();
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible({ timeout: 15_000 });
});
