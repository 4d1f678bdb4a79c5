// Story: files that are not usable emails change nothing and say why; a reply in a thread goes on its case as a
// later contact, but only for someone who may see that case.
import { expect, test } from './steps/desk';
import { emlWithAttachments, tinyPdf } from '../fixtures/emails/make-emails';
import { deskWith, fixTheClock } from './steps/case-page';
import { expectDate } from './steps/dates';
import { dropBigEmail, dropOnNewComplaint, keptFiles, recordAndOpen } from './steps/emails';
import { channelRadio } from './steps/intake';
import { openNewComplaint } from './steps/record-complaint';
import { agent, manager, signInAs, signOut } from './steps/sign-in';

// Each story starts on a desk already set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, manager] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
});

test('a damaged, a foreign and an oversize file are refused with a reason, and nothing changes', async ({ page }) => {
  await deskWith(page, [agent, manager]);
  await openNewComplaint(page);
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Typed before');
  const alert = page.getByRole('alert');

  await dropOnNewComplaint(page, [{ name: 'broken.msg', mimeType: 'application/vnd.ms-outlook', bytes: new TextEncoder().encode('not a compound file at all') }]);
  await expect(alert).toHaveText('"broken.msg" could not be read as an Outlook message (.msg): the file is damaged or is not an email');

  await dropOnNewComplaint(page, [{ name: 'notes.eml', mimeType: 'message/rfc822', bytes: tinyPdf() }]);
  await expect(alert).toHaveText('"notes.eml" is not an email: it does not start with email header lines (From:, Subject:, Date:)');

  await dropOnNewComplaint(page, [{ name: 'spreadsheet.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array([80, 75, 3, 4]) }]);
  await expect(alert).toContainText('"spreadsheet.xlsx" is not an email (.eml or .msg), nor a PDF or picture of a letter, so nothing was changed.');

  await dropBigEmail(page, 'big.eml', 'survey scan.tiff', 26 * 1024 * 1024);
  await expect(alert).toContainText('This email cannot be taken in: in "big.eml", "survey scan.tiff" is 26.0 MB; files up to 25.0 MB can be attached.', { timeout: 20_000 });

  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Typed before');
  await expect(channelRadio(page, 'Email')).not.toBeChecked();
  await expect(page.getByRole('list', { name: 'Files to attach' })).toHaveCount(0);
});

test('a reply is offered as a later contact on its case; a confidential case is never revealed to the agent', async ({ page }) => {
  await deskWith(page, [agent, manager]);
  const first = emlWithAttachments({ fromName: 'Harriet Quinn', fromAddress: 'harriet@example.co.uk', subject: 'Direct debit taken twice', messageId: '<dd-1@example.co.uk>', text: 'You took my direct debit twice.' });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'debit.eml', mimeType: 'message/rfc822', bytes: first }]);
  await expect(channelRadio(page, 'Email')).toBeChecked();
  const reference = await recordAndOpen(page);

  // Her reply (In-Reply-To the first message) goes on that case.
  const reply = emlWithAttachments({ fromName: 'Harriet Quinn', fromAddress: 'harriet@example.co.uk', subject: 'Re: Direct debit taken twice', messageId: '<dd-2@example.co.uk>', inReplyTo: '<dd-1@example.co.uk>', date: 'Thu, 03 Dec 2026 11:30:00 +0000', text: 'Still not refunded.', attachments: [{ name: 'statement.pdf', mimeType: 'application/pdf', bytes: tinyPdf() }] });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'reply.eml', mimeType: 'message/rfc822', bytes: reply }]);
  const offer = page.getByRole('region', { name: 'Reply on an existing case' });
  await expect(offer).toContainText(`This email continues case ${reference}`);
  await offer.getByRole('button', { name: `Add to ${reference}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  await expect(page.getByText('03/12/2026, email, with Harriet Quinn: Email: Re: Direct debit taken twice')).toBeVisible();
  expect((await keptFiles(page, reference)).map((k) => k.name).sort()).toEqual(['debit.eml', 'reply.eml', 'statement.pdf'].sort());

  // A complaint about staff recorded by the manager: an email naming its reference is a new complaint to the agent.
  await signOut(page, agent.name);
  await signInAs(page, manager.name, manager.password);
  await openNewComplaint(page);
  await channelRadio(page, 'Telephone').check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill('Noah Pryce');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('07700 900777');
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill('Sam was rude to me.');
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await page.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: agent.name }).check();
  const secret = await recordAndOpen(page);
  expect(secret).toMatch(/^JESQ-2026-S\d{5}$/);
  // The manager, who may see it, is offered the case an email names in its subject.
  const aboutSecret = emlWithAttachments({ fromName: 'Noah Pryce', fromAddress: 'noah@example.co.uk', subject: `Re: ${secret}`, messageId: '<np-2@example.co.uk>', text: 'Any news?' });
  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'news.eml', mimeType: 'message/rfc822', bytes: aboutSecret }]);
  await expect(page.getByRole('region', { name: 'Reply on an existing case' })).toContainText(`This email continues case ${secret}`);
  await signOut(page, manager.name);
  await signInAs(page, agent.name, agent.password);

  await openNewComplaint(page);
  await dropOnNewComplaint(page, [{ name: 'news.eml', mimeType: 'message/rfc822', bytes: aboutSecret }]);
  await expect(page.getByRole('status').filter({ hasText: 'Filled in from the email' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reply on an existing case' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: secret })).toHaveCount(0);
  await expectDate(page, 'Received at', '01/12/2026 08:14');
});
