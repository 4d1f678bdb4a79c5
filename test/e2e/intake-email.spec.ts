// Story: emails dragged out of the mailbox onto New complaint become complaints: .eml with a PDF and a photo, an
// HTML-only one, a quoted-printable one from a Welsh customer, and an Outlook .msg, each with its files byte for byte.
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { emlHtmlOnly, emlQuotedPrintable, emlWithAttachments, outlookMsg, tinyPdf, tinyPng } from '../fixtures/emails/make-emails';
import { deskWith, fixTheClock } from './steps/case-page';
import { expectDate } from './steps/dates';
import { dropOnNewComplaint, keptFiles, recordAndOpen, sha256 } from './steps/emails';
import { channelRadio } from './steps/intake';
import { openNewComplaint } from './steps/record-complaint';
import { agent } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
  await deskWith(page, [agent]);
});

const nature = (page: Page) => page.getByRole('textbox', { name: 'Nature of the complaint' });
const filesToAttach = (page: Page) => page.getByRole('list', { name: 'Files to attach' });

test('an .eml with a PDF and a photo fills the form, and the case keeps all three files unchanged', async ({ page }) => {
  const pdf = tinyPdf();
  const png = tinyPng();
  const eml = emlWithAttachments({
    fromName: 'Margaret Oyelaran',
    fromAddress: 'margaret.oyelaran@example.co.uk',
    subject: 'Wrong meter reading on my November bill',
    date: 'Tue, 01 Dec 2026 08:14:00 +0000',
    receivedDate: 'Tue, 01 Dec 2026 09:02:10 +0000',
    messageId: '<bill-1@example.co.uk>',
    text: 'The bill uses an estimated reading although I sent a photo of the meter.',
    attachments: [
      { name: 'November bill.pdf', mimeType: 'application/pdf', bytes: pdf },
      { name: 'meter.png', mimeType: 'image/png', bytes: png },
    ],
  });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'Wrong meter reading.eml', mimeType: 'message/rfc822', bytes: eml }]);

  const note = page.getByRole('status').filter({ hasText: 'Filled in from the email' });
  await expect(note).toContainText('Sent 01/12/2026 08:14 London time; it reached the company\'s mailbox 01/12/2026 09:02.');
  await expect(note).toContainText('a new customer');
  await expect(channelRadio(page, 'Email')).toBeChecked();
  await expectDate(page, 'Received at', '01/12/2026 08:14');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Margaret Oyelaran');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('margaret.oyelaran@example.co.uk');
  await expect(nature(page)).toHaveValue('Wrong meter reading on my November bill\n\nThe bill uses an estimated reading although I sent a photo of the meter.');
  for (const name of ['Wrong meter reading.eml', 'November bill.pdf', 'meter.png']) await expect(filesToAttach(page)).toContainText(name);

  const reference = await recordAndOpen(page);
  await expect(page.getByText('Margaret Oyelaran').first()).toBeVisible();
  const kept = await keptFiles(page, reference);
  const expected = [
    { name: 'Wrong meter reading.eml', sha: sha256(eml) },
    { name: 'November bill.pdf', sha: sha256(pdf) },
    { name: 'meter.png', sha: sha256(png) },
  ];
  expect(kept.map((k) => ({ name: k.name, sha: k.stored })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
  expect(kept.every((k) => k.recorded === k.stored)).toBe(true);
  expect(kept.find((k) => k.name.endsWith('.eml'))?.emailMessageId).toBe('<bill-1@example.co.uk>');
});

// One story for two emails that fill the form as the customer wrote them (one desk set-up and sign-in, not two).
test('an email with only an HTML body gives its words as text; a quoted-printable one from a Welsh customer keeps her name as written', async ({ page }) => {
  const eml = emlHtmlOnly({ fromName: 'Idris Bamford', fromAddress: 'idris@example.co.uk', subject: 'Broker fee', html: '<html><body><p>I was <b>never</b> told of the broker&#39;s fee.</p><p>Please refund it &amp; explain.</p></body></html>' });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'fee.eml', mimeType: 'message/rfc822', bytes: eml }]);
  await expect(nature(page)).toHaveValue("Broker fee\n\nI was never told of the broker's fee.\nPlease refund it & explain.");
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Idris Bamford');
  const reference = await recordAndOpen(page);
  expect((await keptFiles(page, reference)).map((k) => k.name)).toEqual(['fee.eml']);

  const welsh = emlQuotedPrintable({ fromName: 'Siân Gwŷn', fromAddress: 'sian.gwyn@example.cymru', subject: 'Bil anghywir / wrong bill', date: 'Wed, 02 Dec 2026 16:40:00 +0000', text: 'Mae fy mil yn anghywir. My bill is wrong. Diolch, Siân Gwŷn' });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'bil.eml', mimeType: 'message/rfc822', bytes: welsh }]);
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Siân Gwŷn');
  await expectDate(page, 'Received at', '02/12/2026 16:40');
  await expect(nature(page)).toHaveValue('Bil anghywir / wrong bill\n\nMae fy mil yn anghywir. My bill is wrong. Diolch, Siân Gwŷn');
  await recordAndOpen(page);
  await expect(page.getByText('Siân Gwŷn').first()).toBeVisible();
});

test('an Outlook .msg fills the form from its own dates, and an existing customer is matched by address', async ({ page }) => {
  await openNewComplaint(page);
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Orla Ní Bhriain');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('orla@example.ie');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Earlier complaint by phone.');
  await channelRadio(page, 'Telephone').check();
  await recordAndOpen(page);

  const pdf = tinyPdf();
  const msg = outlookMsg({
    subject: 'Contract renewed without asking',
    senderName: 'Orla Ni Bhriain',
    senderAddress: 'ORLA@example.ie',
    body: 'My contract was renewed without my agreement.',
    sentAt: '2026-12-03T10:05:00Z',
    deliveredAt: '2026-12-03T10:05:00Z',
    messageId: '<renewal@example.ie>',
    attachments: [{ name: 'renewal letter.pdf', mimeType: 'application/pdf', bytes: pdf }],
  });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'Contract renewed.msg', mimeType: 'application/vnd.ms-outlook', bytes: msg }]);
  const note = page.getByRole('status').filter({ hasText: 'Filled in from the email' });
  await expect(note).toContainText('Sent 03/12/2026 10:05 London time.');
  await expect(note).toContainText('matched to the existing customer Orla Ní Bhriain');
  await expect(page.getByText(/^Existing customer: Orla Ní Bhriain/)).toBeVisible();
  await expectDate(page, 'Received at', '03/12/2026 10:05');
  const reference = await recordAndOpen(page);
  const kept = await keptFiles(page, reference);
  expect(kept.map((k) => [k.name, k.stored]).sort()).toEqual([
    ['Contract renewed.msg', sha256(msg)],
    ['renewal letter.pdf', sha256(pdf)],
  ]);
});
