// Story: at sign-in an agent sees their own deadlines (overdue, due today, breaching soon) and gets a notification
// for each, which opens its case; a complaint about staff they recorded never appears in their reminders. A manager
// is reminded of a hold past the day the agency expected it to end, of an Ombudsman remedy coming due, and of a
// case with no investigator after the days the administrator sets.
import { expect, test } from './steps/desk';
import { choose, deskWith, fixTheClock, openAction, save } from './steps/case-page';
import { enterDate } from './steps/dates';
import { recordComplaint } from './steps/record-complaint';
import { administrator, agent, manager, signInAs, signOut, type Account } from './steps/sign-in';

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

test('a manager is reminded of a hold past its expected end, an Ombudsman remedy coming due, and unassigned cases after the set days', async ({ page }) => {
  await signOut(page, agent.name);
  await signInAs(page, manager.name, manager.password);
  // Friday 4 December 2026. Received Mon 23 Nov, on hold from Wed 25 Nov; Ofgem expected to finish by Wed 2 Dec.
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Derek Amadi', customerContact: '07700 900321', receivedAt: '2026-11-23T10:00', summary: 'Broker fee never disclosed.' });
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000001' })).toBeVisible();
  let dialog = await openAction(page, 'Place on hold', 'Place on hold');
  await dialog.getByRole('textbox', { name: 'Agency investigating' }).fill('Ofgem');
  await dialog.getByRole('textbox', { name: 'Agency’s reference' }).fill('OFG-2026-0417');
  await enterDate(dialog, 'First day of the hold', '2026-11-25');
  await enterDate(dialog, 'Expected last day (if the agency gave one)', '2026-12-02');
  await save(dialog, 'Place on hold');
  await expect(page.getByText('Reference OFG-2026-0417; from 25/11/2026, still open (expected to end 02/12/2026)', { exact: false })).toBeVisible();

  // Received Wed 2 Dec (2 days: not yet unassigned for long); the Ombudsman orders a payment by Tue 8 Dec.
  await recordComplaint(page, { channel: 'Telephone', customerName: 'Idris Bamford', customerContact: '07700 900654', receivedAt: '2026-12-02T09:00', summary: 'Standing charge billed twice.' });
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000002' })).toBeVisible();
  dialog = await openAction(page, 'Record Ombudsman referral', 'Record Ombudsman referral');
  await enterDate(dialog, 'Date referred', '2026-12-03');
  await dialog.getByRole('textbox', { name: 'Ombudsman reference' }).fill('EO-2026-77');
  await save(dialog, 'Record referral');
  dialog = await openAction(page, "Record Ombudsman's decision", 'Record the Ombudsman’s decision');
  await choose(page, dialog, 'Decision', 'Upheld');
  await enterDate(dialog, 'Date of the decision', '2026-12-03');
  await dialog.getByRole('textbox', { name: 'Summary of the decision' }).fill('Refund the second standing charge.');
  await dialog.getByRole('checkbox', { name: 'Payment' }).check();
  await dialog.getByRole('textbox', { name: 'Payment amount' }).fill('45.00');
  await enterDate(dialog, 'Date the remedy is due (if any)', '2026-12-08');
  await save(dialog, 'Record decision');

  await signOut(page, manager.name);
  await signInAs(page, manager.name, manager.password);
  const panel = page.getByRole('region', { name: 'Your deadlines' });
  const overdue = panel.getByRole('list', { name: 'Overdue' });
  await expect(overdue).toContainText('JESQ-2026-000001The hold by Ofgem was expected to end: release it, or ask the agency: expected to end 02/12/2026');
  await expect(overdue).toContainText('JESQ-2026-000001Assign an investigator: none 11 days after it was received');
  await expect(overdue).not.toContainText('JESQ-2026-000002Assign an investigator');
  await expect(panel.getByRole('list', { name: 'Breaching within 2 business days' })).toContainText("JESQ-2026-000002Complete the Ombudsman's remedy: due 08/12/2026");
  const notices = () => page.evaluate(() => (window as unknown as { shownNotices: { title: string; body: string }[] }).shownNotices.map((n) => `${n.title} | ${n.body}`).join('\n'));
  await expect.poll(notices).toContain('The hold by Ofgem was expected to end');
  await expect.poll(notices).toContain("Complete the Ombudsman's remedy");

  // The administrator sets the unassigned reminder to 12 days: a number out of range is refused with a reason.
  await signOut(page, manager.name);
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const days = page.getByRole('textbox', { name: 'Remind managers of a case with no investigator after (days)' });
  await expect(days).toHaveValue('3');
  await days.fill('0');
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await expect(page.getByText('Give a number of days from 1 to 365')).toBeVisible();
  await days.fill('two');
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await expect(page.getByText('Give a whole number of days, from 1 to 365')).toBeVisible();
  await days.fill('12');
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await expect(page.getByText('Complaints managers are now reminded of a case with no investigator 12 days after it was received.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Remind managers of a case with no investigator after (days)' })).toHaveValue('12');

  await signOut(page, administrator.name);
  await signInAs(page, manager.name, manager.password);
  await expect(overdue).toContainText('The hold by Ofgem was expected to end');
  await expect(panel).not.toContainText('Assign an investigator');
});
