// Story: the administrator rewords the acknowledgement, cannot take the Ombudsman paragraph out of the 8-week letter,
// and an agent's next acknowledgement uses the new wording; reset puts the default back.
import { expect, test } from './steps/desk';
import type { Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { fixTheClock } from './steps/case-page';
import { prepareLetter } from './steps/letters';
import { recordComplaint } from './steps/record-complaint';
import { administrator, agent, signInAs, signOut } from './steps/sign-in';

// The story starts on a desk already set up with the agent's account (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

const wordingSection = (page: Page) => page.getByRole('region', { name: 'Letter wording' });

async function chooseLetter(page: Page, letter: string): Promise<void> {
  await wordingSection(page).getByRole('combobox', { name: 'Letter' }).click();
  await page.getByRole('option', { name: letter, exact: true }).click();
}

test('the administrator rewords a letter but cannot remove the rights paragraphs', async ({ page }) => {
  await fixTheClock(page);
  await page.goto('/');
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = wordingSection(page);
  await expect(section.getByRole('textbox', { name: 'Subject' })).toHaveValue('We have received your complaint');

  await chooseLetter(page, '8-week letter');
  const body = section.getByRole('textbox', { name: 'Wording' });
  await body.fill((await body.inputValue()).replace('{{ombudsmanRights}}', 'Please bear with us.'));
  await section.getByRole('button', { name: 'Save wording' }).click();
  await expect(section.getByText('The 8-week letter must keep {{ombudsmanRights}}: it cannot be removed from this letter')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'settings with the letter wording refused');
  await saveScreenshot(page, 'settings-letter-wording-refused');

  await chooseLetter(page, 'Acknowledgement');
  await section.getByRole('textbox', { name: 'Subject' }).fill('Your complaint {{caseReference}} is with us');
  await section.getByRole('button', { name: 'Save wording' }).click();
  await expect(section.getByRole('status')).toHaveText('The acknowledgement wording is saved. Letters use it from now on.');

  await signOut(page, administrator.name);
  await signInAs(page, agent.name, agent.password);
  await recordComplaint(page, { channel: 'Letter', customerName: 'Grace Adeyemi', customerContact: '07700 900789', receivedAt: '2026-12-03T10:00', summary: 'Meter reading ignored.' });
  const reference = (await page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ }).textContent()) ?? '';
  let dialog = await prepareLetter(page, 'Acknowledgement');
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText(`Subject: Your complaint ${reference} is with us`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await signOut(page, agent.name);
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await wordingSection(page).getByRole('button', { name: 'Reset to the default wording' }).click();
  await expect(wordingSection(page).getByRole('status')).toHaveText('The acknowledgement is back to the default wording.');
  await expect(wordingSection(page).getByRole('textbox', { name: 'Subject' })).toHaveValue('We have received your complaint');

  await signOut(page, administrator.name);
  await signInAs(page, agent.name, agent.password);
  await page.getByRole('link', { name: reference }).first().click();
  dialog = await prepareLetter(page, 'Acknowledgement');
  await expect(dialog.getByRole('region', { name: 'Letter preview' })).toContainText('Subject: We have received your complaint');
});
