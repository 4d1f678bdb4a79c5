// Story: the customer consents to the Energy Ombudsman having their details; the manager makes the pack on that
// consent; once the customer withdraws it, the pack again needs a lawful reason.
import { readFileSync } from 'node:fs';
import { expect, test } from './steps/desk';
import { verifyCasePack } from '../../shared/case-pack/verify-case-pack';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { makeAndKeepPack, openMakeCasePack } from './steps/case-pack';
import { choose, deskWith, fixTheClock, openAction, save } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { saveScreenshot } from './screenshots';
import { manager } from './steps/sign-in';

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [manager] } });

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
});

test('a pack made on the customer’s consent, and refused again once the consent is withdrawn', async ({ page }) => {
  await deskWith(page, [manager]);
  await recordComplaint(page, { channel: 'Letter', customerName: 'Gwen Pryce', customerContact: 'gwen.pryce@example.co.uk', receivedAt: '2026-11-23T10:00', summary: 'My contract end date was wrong.' });
  const panel = page.getByRole('region', { name: 'Consent and disclosure' });
  await expect(panel).toContainText('No consent to share the customer’s details is recorded.');

  let dialog = await openAction(page, 'Record consent', 'Record consent');
  // Nothing saved without the purpose and how it was given; each message sits by its field.
  await dialog.getByRole('button', { name: 'Record consent' }).click();
  await expect(dialog.getByText('Purpose of the consent is required')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill('To refer the complaint to the Energy Ombudsman');
  await choose(page, dialog, 'How the customer gave consent', 'Letter');
  await expectNoSeriousAxeViolations(page, 'record consent');
  await save(dialog, 'Record consent');
  await expect(panel).toContainText('Consent: Energy Ombudsman');
  await expect(panel).toContainText('To refer the complaint to the Energy Ombudsman');
  await saveScreenshot(page, 'case-page-consent');

  dialog = await openMakeCasePack(page);
  await expect(dialog).toContainText('The customer has consented to sharing their details with Energy Ombudsman.');
  const pack = await makeAndKeepPack(page, dialog);
  const result = await verifyCasePack(readFileSync(pack.path));
  expect(result).toMatchObject({ ok: true, manifest: { disclosureBasis: { basis: 'consent' } } });
  await expect(panel).toContainText('Case pack to Energy Ombudsman');

  dialog = await openAction(page, 'Record consent withdrawn', 'Record consent withdrawn');
  await choose(page, dialog, 'How the customer withdrew it', 'Telephone');
  await save(dialog, 'Record withdrawal');
  await expect(panel).toContainText('withdrawn');

  dialog = await openMakeCasePack(page);
  await expect(dialog).toContainText('The customer withdrew consent to share their details with Energy Ombudsman on 04/12/2026, and no lawful reason is recorded');
  await expect(dialog.getByRole('textbox', { name: 'Reason for disclosure without consent' })).toBeVisible();
});
