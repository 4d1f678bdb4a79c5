// Story: a received-at date before the firm could have received the complaint (01/01/1900) is refused, saying why.
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('a complaint received on 01/01/1900 is refused with a clear message, and nothing is recorded', async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
  await recordComplaint(page, { channel: 'Letter', customerName: 'Dafydd Morgan', customerContact: '01632 960 111', receivedAt: '1900-01-01T10:00', summary: 'Meter exchanged without notice.' });
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    'Date and time received cannot be before 04/12/2020: this desk takes complaints received in the last 6 years',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'New complaint' })).toBeVisible();
});
