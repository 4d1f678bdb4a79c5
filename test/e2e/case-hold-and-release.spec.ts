// Story: a complaints manager places a case on hold while Ofgem investigates, then releases it: resolve-by moves.
import { expect, test } from './steps/desk';
import { saveScreenshot } from './screenshots';
import { acknowledge, deskWith, expectDeadline, fixTheClock, openAction, save, showOnlyEvents, timeline } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { manager } from './steps/sign-in';
import { enterDate } from './steps/dates';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [manager] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [manager]);
});

// REQUIREMENTS section 3, worked example: received Mon 23 Nov 2026 10:00, held Wed 25 Nov to Tue 1 Dec.
test('a hold pauses resolve-by and its release moves it by the business days on hold', async ({ page }) => {
  await recordComplaint(page, {
    channel: 'Telephone',
    customerName: 'Derek Amadi',
    customerContact: 'derek.amadi@example.co.uk',
    receivedAt: '2026-11-23T10:00',
    summary: 'The broker fee on my renewal was never disclosed.',
  });
  await acknowledge(page, '2026-11-24T09:30', 'Letter');
  await expectDeadline(page, 'Resolve by', '07/12/2026', 'Due');

  let dialog = await openAction(page, 'Place on hold', 'Place on hold');
  await dialog.getByRole('textbox', { name: 'Agency investigating' }).fill('Ofgem');
  await dialog.getByRole('textbox', { name: 'Agency’s reference' }).fill('OFG-2026-0417');
  await enterDate(dialog, 'First day of the hold', '2026-11-25');
  await save(dialog, 'Place on hold');

  await expectDeadline(page, 'Resolve by', 'Paused — on hold', 'Paused');
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Met');
  await expectDeadline(page, '8 weeks', '18/01/2027', 'Not yet');
  await expect(page.getByRole('group', { name: 'Side paths taken' })).toContainText('On hold — Ofgem');
  await saveScreenshot(page, 'case-page-on-hold');

  dialog = await openAction(page, 'Release hold', 'Release hold');
  await expect(dialog).toContainText('Ofgem (reference OFG-2026-0417)');
  await enterDate(dialog, 'Last day of the hold', '2026-12-01');
  await save(dialog, 'Release hold');

  await expectDeadline(page, 'Resolve by', '14/12/2026', 'Due');
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Met');
  await expectDeadline(page, '8 weeks', '18/01/2027', 'Not yet');
  await expect(page.getByRole('group', { name: 'Side paths taken' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Side paths' })).toContainText('Reference OFG-2026-0417; from 25/11/2026 to 01/12/2026; decided by Max Manager');

  await showOnlyEvents(page, 'Place on hold');
  await expect(timeline(page).getByRole('listitem')).toHaveText(/On hold from 25\/11\/2026: Ofgem is investigating \(reference OFG-2026-0417\).*by Max Manager/);
  await showOnlyEvents(page, 'Release hold');
  await expect(timeline(page).getByRole('listitem')).toHaveText(/Hold released: its last day was 01\/12\/2026/);
  await saveScreenshot(page, 'case-page-hold-released');
});
