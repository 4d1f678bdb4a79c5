// Story: search finds a case by words late in a long summary, not only by its first few words.
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

const SUMMARY =
  'The customer says the call handler was rude when she rang on Monday about her renewal, kept her waiting on hold for ' +
  'forty minutes, transferred her twice to departments that could not help, promised a call back that never came, and ' +
  'then sent a letter quoting a different tariff from the one agreed on the telephone; on top of all that the final ' +
  'bill charged exit fees on a contract that had already ended in September.';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('a word late in a long summary finds the case', async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Ffion Hughes', customerContact: '07700 900777', receivedAt: '2026-12-01T10:00', summary: SUMMARY });
  const reference = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
  await expect(reference).toBeVisible();
  const caseReference = (await reference.textContent()) ?? '';

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  const grid = page.getByRole('grid', { name: 'Cases' });
  const search = page.getByRole('searchbox', { name: 'Search cases' });
  for (const words of ['rude', 'exit fees', 'September']) {
    // A search that finds nothing first, so the case showing is this search's answer, not the last one's.
    await search.fill('tumble dryer');
    await expect(grid).toContainText('match "tumble dryer"');
    await search.fill(words);
    await expect(grid.getByRole('link', { name: caseReference })).toBeVisible();
  }
});
