// Story: the Deadlines table follows an action at once. The clock runs (it is not fixed), so the page's own idea of
// "now" is older than the acknowledgement just recorded; the table must still say "Met" straight away, not a minute on.
import { expect, test } from './steps/desk';
import { acknowledge, deskWith, expectDeadline, expectStage } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('recording the acknowledgement turns its deadline to Met at once', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T09:00:00Z') });
  await deskWith(page, [agent]);
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Huw Prydderch', customerContact: '07700 900321', receivedAt: '2026-11-23T10:00', summary: 'Charged an exit fee on a contract that had ended.' });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Due');

  // Five minutes on (no timer has fired yet), the agent records the acknowledgement sent a minute ago.
  await page.clock.setSystemTime(new Date('2026-11-24T09:10:00Z'));
  await acknowledge(page, '2026-11-24T09:09', 'Email');
  await expectStage(page, 'Acknowledged');
  await expectDeadline(page, 'Acknowledge by', '26/11/2026', 'Met');
});
