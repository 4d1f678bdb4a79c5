// Story: a complaint by letter is recorded with the customer's postal address; the case page shows that address,
// line by line as written, and the acknowledgement letter is addressed to the same lines.
import { execFileSync } from 'node:child_process';
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { enterDate } from './steps/dates';
import { prepareLetter } from './steps/letters';
import { openNewComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('the case page shows the postal address that letters use', async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await openNewComplaint(page);
  await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: 'Letter' }).check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Siân Gwŷn Łukasiewicz');
  await page.getByRole('checkbox', { name: 'Add a postal address' }).check();
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('Tŷ Gwyn');
  await page.getByRole('textbox', { name: 'Address line 2 (optional)' }).fill('12 Heol y Bont');
  await page.getByRole('textbox', { name: 'Town or city' }).fill('Aberystwyth');
  await page.getByRole('textbox', { name: 'County (optional)' }).fill('Ceredigion');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('sy23 1aa');
  await enterDate(page, 'Received at', '2026-12-02T08:45');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('The meter reading on my bill is not the one I sent.');
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();

  const lines = ['Tŷ Gwyn', '12 Heol y Bont', 'Aberystwyth', 'Ceredigion', 'SY23 1AA'];
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(header.locator('dt:text-is("Postal address") + dd')).toHaveText(lines.join('\n'));

  // The letter's PDF prints the same lines under the customer's name.
  const letter = await prepareLetter(page, 'Acknowledgement');
  const download = page.waitForEvent('download');
  await letter.getByRole('button', { name: 'Download PDF' }).click();
  const pdf = test.info().outputPath('acknowledgement.pdf');
  await (await download).saveAs(pdf);
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n').map((line) => line.trim());
  const at = printed.indexOf('Siân Gwŷn Łukasiewicz');
  expect(at).toBeGreaterThanOrEqual(0);
  expect(printed.slice(at + 1, at + 1 + lines.length)).toEqual(lines);
});
