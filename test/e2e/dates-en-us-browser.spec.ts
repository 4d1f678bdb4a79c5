// Story: in a browser set to American English in New York, staff type dates as dd/MM/yyyy and times as HH:mm
// (24-hour, London time), separators and all, into the app's date fields; each shows en-GB as typed, and what is
// stored is that London day or instant (winter: London = UTC), never the browser's month-first order or its zone.
// Every date field is the one DatePickerField (renderer/ui); the forms below each turn it into what they store.
// Here a sample of the case page's action forms is typed (a date, a date and time, short forms, two dates in one
// form); test/unit/renderer/ui/date-fields-shared-picker.test.ts holds every other date field to the same picker
// and the same London conversion.
import { expect, test } from './steps/desk';
import type { Locator, Page } from '@playwright/test';
import { choose, deskWith, openAction, save } from './steps/case-page';
import { dateField } from './steps/dates';
import { dropOnNewComplaint } from './steps/emails';
import { tinyPdf } from '../fixtures/emails/make-emails';
import { openNewComplaint } from './steps/record-complaint';
import { administrator, agent, manager, signInAs, signOut } from './steps/sign-in';

// Each story starts on a desk already set up with these accounts (steps/desk.ts), signed out.
test.use({ locale: 'en-US', timezoneId: 'America/New_York', desk: { accounts: [manager, agent] } });

// The real clock: every date typed is long past. Playwright's fixed clock cannot be used in New York: its Date
// constructor returns a plain Date even to a subclass, so @date-fns/tz's TZDate (which extends Date) silently works
// in the browser's zone there (unseen in the other stories, whose browser is in London).

/** London's date and time now, as the field shows it ("07/12/2026 17:48"). */
function londonNow(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Types the text as staff would, separators and all, into the field's sections; the field then shows it as typed. */
async function typeDate(scope: Page | Locator, label: string, text: string, shown: string = text): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = dateField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await expect(field.locator('input')).toHaveValue(shown);
}

/** The case as stored in the browser's IndexedDB (a case not about staff is kept in clear), as JSON. */
async function storedCase(page: Page, reference: string): Promise<string> {
  return page.evaluate(async (ref) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('complaints-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const cases = await new Promise<{ reference: string }[]>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').getAll();
      request.onsuccess = () => resolve(request.result as { reference: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return JSON.stringify(cases.find((c) => c.reference === ref) ?? null);
  }, reference);
}

async function expectStored(page: Page, reference: string, values: readonly string[]): Promise<void> {
  const stored = await storedCase(page, reference);
  for (const value of values) expect(stored, `stored ${value}`).toContain(`"${value}"`);
}

test('New complaint, a scanned letter’s post-room date, closure dates and a report period, typed en-GB', async ({ page }) => {
  await page.goto('/');
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await typeDate(page, 'Closure date', '29/12/2026');
  await page.getByRole('button', { name: 'Add closure date' }).click();
  await expect(page.getByRole('list', { name: 'Company closure dates' })).toContainText('29/12/2026');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByText('Business calendar saved.')).toBeVisible();
  await signOut(page, administrator.name);
  await signInAs(page, agent.name, agent.password);

  // The form starts at London's now (five hours ahead of New York in winter), shown en-GB.
  const before = londonNow(new Date());
  await openNewComplaint(page);
  const shown = await dateField(page, 'Received at').locator('input').inputValue();
  expect([before, londonNow(new Date())]).toContain(shown);
  await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: 'Telephone' }).check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Gwenllian Rees');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('07700 900999');
  await typeDate(page, 'Received at', '02/12/2026 08:45');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Direct debit taken twice.');
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000001' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Received02/12/2026 08:45');
  await expectStored(page, 'JESQ-2026-000001', ['2026-12-02T08:45:00.000Z']);

  // A scanned letter: the post room's date, typed, becomes 09:00 that day.
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'letter.pdf', mimeType: 'application/pdf', bytes: tinyPdf() }]);
  const postRoom = page.getByRole('dialog');
  await typeDate(postRoom, 'Date stamped by the post room', '03/12/2026');
  await postRoom.getByRole('button', { name: /^Use/ }).click();
  await expect(dateField(page, 'Received at').locator('input')).toHaveValue('03/12/2026 09:00');
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Siân Gwŷn');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('07700 900111');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Letter about a meter reading.');
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000002' })).toBeVisible();
  await expectStored(page, 'JESQ-2026-000002', ['2026-12-03T09:00:00.000Z']);

  // A report period typed day first: 3 to 4 December holds the letter, not the complaint received on the 2nd.
  await signOut(page, agent.name);
  await signInAs(page, manager.name, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const period = page.getByRole('form', { name: 'Report period' });
  await typeDate(period, 'From', '03/12/2026');
  await typeDate(period, 'To', '04/12/2026');
  await period.getByRole('button', { name: 'Show report' }).click();
  await expect(page.getByText('Complaints received from 03/12/2026 to 04/12/2026')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Figures' }).getByRole('listitem', { name: /^Complaints received: 1\b/ })).toBeVisible();
  await expect(dateField(period, 'From').locator('input')).toHaveValue('03/12/2026');
  await expect(dateField(period, 'To').locator('input')).toHaveValue('04/12/2026');
});

test('dates on the case page’s forms are typed en-GB and stored as the London day or time', async ({ page }) => {
  await deskWith(page, [manager, agent]);
  await openNewComplaint(page);
  await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: 'Telephone' }).check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Derek Amadi');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('07700 900321');
  await typeDate(page, 'Received at', '23/11/2026 10:00');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Broker fee never disclosed.');
  await page.getByRole('button', { name: 'Record complaint' }).click();
  const reference = 'JESQ-2026-000001';
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();

  let dialog = await openAction(page, 'Acknowledge', 'Acknowledge the complaint');
  await typeDate(dialog, 'Date and time sent', '24/11/2026 09:30');
  await choose(page, dialog, 'How it was sent', 'Letter');
  await save(dialog, 'Acknowledge');

  dialog = await openAction(page, 'Record conversation', 'Record a conversation');
  await typeDate(dialog, 'Date of the conversation', '24/11/2026');
  await dialog.getByRole('textbox', { name: 'Who took part' }).fill('Derek Amadi, Max Manager');
  await dialog.getByRole('textbox', { name: 'Summary of the conversation' }).fill('Went through the renewal letter.');
  await save(dialog, 'Record conversation');

  dialog = await openAction(page, 'Place on hold', 'Place on hold');
  await dialog.getByRole('textbox', { name: 'Agency investigating' }).fill('Ofgem');
  await dialog.getByRole('textbox', { name: 'Agency’s reference' }).fill('OFG-2026-0417');
  await typeDate(dialog, 'First day of the hold', '25/11/2026');
  await typeDate(dialog, 'Expected last day (if the agency gave one)', '02/12/2026');
  await save(dialog, 'Place on hold');
  dialog = await openAction(page, 'Release hold', 'Release hold');
  await typeDate(dialog, 'Last day of the hold', '1/12/2026', '01/12/2026');
  await save(dialog, 'Release hold');

  dialog = await openAction(page, 'Record escalation request', 'Record escalation request');
  // Short forms as people type them: the separator moves on.
  await typeDate(dialog, 'Date and time the customer asked', '27/11/2026 9:20', '27/11/2026 09:20');
  await choose(page, dialog, 'How the customer asked', 'Telephone');
  await save(dialog, 'Record request');

  dialog = await openAction(page, 'Send delay notice', 'Send a delay notice');
  await dialog.getByRole('textbox', { name: 'Reason for the delay' }).fill('Waiting for the broker’s records.');
  await typeDate(dialog, 'New expected date', '11/12/2026');
  await typeDate(dialog, 'Date and time sent', '03/12/2026 16:40');
  await choose(page, dialog, 'How it was sent', 'Email');
  await save(dialog, 'Record delay notice');

  await expectStored(page, reference, [
    '2026-11-23T10:00:00.000Z',
    '2026-11-24T09:30:00.000Z',
    '2026-11-24',
    '2026-11-25',
    '2026-12-02',
    '2026-12-01',
    '2026-11-27T09:20:00.000Z',
    '2026-12-11',
    '2026-12-03T16:40:00.000Z',
  ]);
  await expect(page.getByRole('article')).toContainText('Received23/11/2026 10:00');
});

test('consent, the checklist, written confirmation and a first-contact resolution take typed en-GB dates too', async ({ page }) => {
  test.setTimeout(150_000);
  await deskWith(page, [manager, agent]);
  const record = async (name: string, phone: string, receivedAt: string, shown = receivedAt, more?: () => Promise<void>) => {
    await openNewComplaint(page);
    await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: 'Telephone' }).check();
    await page.getByRole('textbox', { name: 'Customer name' }).fill(name);
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(phone);
    await typeDate(page, 'Received at', receivedAt, shown);
    await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Meter reading ignored.');
    await more?.();
    await page.getByRole('button', { name: 'Record complaint' }).click();
  };
  // The business's contract and letter of authority dates too.
  await record('Noah Pryce', '07700 900777', '23/11/2026 10:00', undefined, async () => {
    await page.getByRole('checkbox', { name: 'The customer is a business' }).check();
    const business = page.getByRole('region', { name: 'The business' });
    await business.getByRole('textbox', { name: 'Business name' }).fill('Pryce Print Ltd');
    await business.getByRole('textbox', { name: 'Person complaining for the business' }).fill('Noah Pryce');
    await typeDate(business, 'Contract start', '1/4/2025', '01/04/2025');
    await typeDate(business, 'Contract end', '31/03/2027');
    await business.getByRole('checkbox', { name: 'Letter of authority on file' }).check();
    await typeDate(business, 'Letter of authority expires', '01/04/2027');
  });
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000001' })).toBeVisible();

  let dialog = await openAction(page, 'Record consent', 'Record consent');
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill('To refer the complaint to the Energy Ombudsman');
  await typeDate(dialog, 'Date and time consent was given', '24/11/2026 13:10');
  await choose(page, dialog, 'How the customer gave consent', 'Email');
  await save(dialog, 'Record consent');
  dialog = await openAction(page, 'Record consent withdrawn', 'Record consent withdrawn');
  await typeDate(dialog, 'Date and time withdrawn', '25/11/2026 15:20');
  await choose(page, dialog, 'How the customer withdrew it', 'Telephone');
  await save(dialog, 'Record withdrawal');

  await page.getByRole('region', { name: 'Information checklist' }).getByRole('button', { name: 'Update The person the customer dealt with' }).click();
  dialog = page.getByRole('dialog', { name: 'Checklist: The person the customer dealt with' });
  await typeDate(dialog, 'Date provided', '26/11/2026');
  await save(dialog, 'Update checklist');

  dialog = await openAction(page, 'Record written confirmation', 'Record written confirmation');
  await typeDate(dialog, 'Date and time it arrived', '27/11/2026 16:45');
  await save(dialog, 'Record');
  await expectStored(page, 'JESQ-2026-000001', ['2025-04-01', '2027-03-31', '2027-04-01', '2026-11-24T13:10:00.000Z', '2026-11-25T15:20:00.000Z', '2026-11-26', '2026-11-27T16:45:00.000Z']);

  await record('Idris Bamford', '07700 900456', '3/12/2026 8:05', '03/12/2026 08:05');
  await expect(page.getByRole('heading', { level: 1, name: 'JESQ-2026-000002' })).toBeVisible();
  dialog = await openAction(page, 'Resolved at first contact', 'Resolved at first contact');
  await choose(page, dialog, 'Outcome', 'Upheld');
  await dialog.getByRole('textbox', { name: 'Summary of the resolution' }).fill('Reading corrected on the call.');
  await typeDate(dialog, 'Date and time resolved', '03/12/2026 08:40');
  await save(dialog, 'Record resolution');
  await expectStored(page, 'JESQ-2026-000002', ['2026-12-03T08:05:00.000Z', '2026-12-03T08:40:00.000Z']);
});
