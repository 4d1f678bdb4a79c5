// Story: at sign-in an agent sees their own deadlines (overdue, due today, breaching soon) and gets a notification
// for each, which opens its case; a complaint about staff they recorded never appears in their reminders.
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent, manager, signInAs, signOut, type Account } from './steps/sign-in';

const employee: Account = { name: 'Dave Parry', role: 'agent', password: 'harbour maple lantern' };

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, employee, manager] } });

test.beforeEach(async ({ page }) => {
  // The browser's Notification, recorded so the story can read and click what was shown.
  await page.addInitScript(() => {
    const shown: { title: string; body: string; click(): void }[] = [];
    (window as unknown as { shownNotices: typeof shown }).shownNotices = shown;
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(readonly title: string, options: { body: string }) {
        shown.push({ title, body: options.body, click: () => this.onclick?.() });
      }
      close() {}
    }
    (window as unknown as { Notification: unknown }).Notification = RecordedNotification;
  });
  await fixTheClock(page);
  await deskWith(page, [agent, employee, manager]);
});

test('reminders list the agent’s own deadlines, notify once, open the case, and leave out a staff complaint', async ({ page }) => {
  // Friday 4 December 2026, noon. Received Mon 23 Nov: acknowledgement overdue (26 Nov), resolution due Mon 7 Dec.
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Margaret Oyelaran', customerContact: '07700 900123', receivedAt: '2026-11-23T10:00', summary: 'Estimated bills for a year.' });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  // Received Tue 1 Dec: acknowledgement due today. (The first case's resolution and delay notice fall due Mon 7 Dec: breaching soon.)
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Idris Bamford', customerContact: '07700 900456', receivedAt: '2026-12-01T10:00', summary: 'Broker fee not disclosed.' });
  await expect(page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();
  // A complaint about Dave, recorded by the agent: confidential at once, so not the agent's to be reminded of.
  await page.getByRole('link', { name: 'New complaint' }).click();
  await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: 'Telephone' }).check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Harriet Quinn');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('07700 900789');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Dave was rude.');
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await page.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: employee.name }).check();
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByText('You recorded this complaint. It is confidential')).toBeVisible();

  await signOut(page, agent.name);
  await signInAs(page, agent.name, agent.password);
  const panel = page.getByRole('region', { name: 'Your deadlines' });
  await expect(panel).toContainText('1 overdue, 1 due today, 2 breaching within 2 business days.');
  await expect(panel.getByRole('list', { name: 'Overdue' })).toContainText('JESQ-2026-000001Acknowledge the complaint: was due 26/11/2026');
  const dueToday = panel.getByRole('list', { name: 'Due today' });
  await expect(dueToday).toContainText('JESQ-2026-000002Acknowledge the complaint: due today, 04/12/2026');
  await expect(panel).not.toContainText('JESQ-2026-000003');
  await expect(panel).not.toContainText('Harriet Quinn');

  const notices = () => page.evaluate(() => (window as unknown as { shownNotices: { title: string; body: string }[] }).shownNotices.map((n) => `${n.title} | ${n.body}`));
  await expect.poll(notices).toHaveLength(4);
  expect((await notices()).join('\n')).not.toContain('JESQ-2026-000003');
  await page.evaluate(() => (window as unknown as { shownNotices: { title: string; click(): void }[] }).shownNotices.find((n) => n.title.startsWith('JESQ-2026-000002'))?.click());
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000002' })).toBeVisible();

  // Signing in again the same day lists them again but notifies nothing twice.
  await signOut(page, agent.name);
  await signInAs(page, agent.name, agent.password);
  await expect(panel).toContainText('1 overdue, 1 due today, 2 breaching');
  await page.waitForTimeout(1000);
  expect(await notices()).toHaveLength(4);
});
