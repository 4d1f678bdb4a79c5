// Story: a complaints manager makes the Energy Ombudsman case pack on a lawful reason, then checks it; a changed copy fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './steps/desk';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { verifyCasePack } from '../../shared/case-pack/verify-case-pack';
import { saveScreenshot } from './screenshots';
import { casePackRegion, makeAndKeepPack, openMakeCasePack, verifyPackFile } from './steps/case-pack';
import { acknowledge, choose, deskWith, fixTheClock, showOnlyEvents, timeline } from './steps/case-page';
import { recordComplaint } from './steps/record-complaint';
import { agent, manager } from './steps/sign-in';

test.beforeEach(async ({ page }) => {
  await fixTheClock(page);
});

// Each story starts on a desk set up with its one account (steps/desk.ts), signed out.
test.describe('on a desk with an agent', () => {
  test.use({ desk: { accounts: [agent] } });

  test('an agent can verify a pack but not make one', async ({ page }) => {
    await deskWith(page, [agent]);
    await recordComplaint(page, { channel: 'Email', customerName: 'Rhian Lloyd', customerContact: 'rhian.lloyd@example.co.uk', receivedAt: '2026-11-30T09:00', summary: 'My exit fee was wrong.' });
    await expect(casePackRegion(page).getByRole('button', { name: 'Verify a case pack' })).toBeVisible();
    await expect(casePackRegion(page).getByRole('button', { name: 'Make case pack' })).toHaveCount(0);
  });
});

test.describe('on a desk with a complaints manager', () => {
  test.use({ desk: { accounts: [manager] } });

  test('a manager makes the Ombudsman pack on a recorded lawful reason, and a changed copy of it fails the check', async ({ page }) => {
    await deskWith(page, [manager]);
    await recordComplaint(page, {
      channel: 'Telephone',
      customerName: 'Derek Amadi',
      customerContact: 'derek.amadi@example.co.uk',
      receivedAt: '2026-11-23T10:00',
      summary: 'The broker fee on my renewal was never disclosed.',
    });
    await acknowledge(page, '2026-11-24T09:30', 'Letter');
    await page.getByRole('region', { name: 'Files' }).locator('input[type=file]').setInputFiles({ name: 'renewal letter.txt', mimeType: 'text/plain', buffer: Buffer.from('Your renewal: fee not shown.\n') });
    await expect(page.getByRole('button', { name: 'Save a copy of renewal letter.txt' })).toBeVisible();

    const dialog = await openMakeCasePack(page);
    await expect(dialog.getByRole('combobox', { name: 'Who the pack is for' })).toHaveText('Energy Ombudsman');
    await expect(dialog).toContainText('The customer has not consented to sharing their details with Energy Ombudsman');
    await dialog.getByRole('button', { name: 'Make case pack' }).click();
    await expect(dialog.getByText('Give the reason for disclosure without consent')).toBeVisible();
    await choose(page, dialog, 'Lawful basis for disclosure', 'Ombudsman or regulator rules the company must follow');
    await dialog.getByRole('textbox', { name: 'Reason for disclosure without consent' }).fill('The Energy Ombudsman asked for the case file under its rules.');
    await saveScreenshot(page, 'case-pack-dialog');
    const pack = await makeAndKeepPack(page, dialog);
    expect(pack.suggestedName).toMatch(/^Case pack JESQ-2026-\d{6} 2026-12-04\.zip$/);

    const result = await verifyCasePack(readFileSync(pack.path));
    expect(result).toMatchObject({ ok: true, manifest: { recipient: { name: 'Energy Ombudsman' }, disclosureBasis: { basis: 'lawful-reason' } } });
    expect(result.manifest?.files.map((f) => f.path).sort()).toEqual(['attachments/renewal letter.txt', 'case.json', 'summary.pdf']);

    await showOnlyEvents(page, 'Make case pack');
    await expect(timeline(page).getByRole('listitem')).toHaveText(/Case pack made for Energy Ombudsman on a recorded lawful reason.*by Max Manager/);

    let check = await verifyPackFile(page, pack.path);
    await expect(check.getByRole('alert', { name: 'The pack is sound' })).toBeVisible();
    await expect(check.getByRole('table', { name: 'Files in the pack' }).getByRole('row')).toHaveCount(4);
    await check.getByRole('button', { name: 'Close' }).click();

    const files = unzipSync(readFileSync(pack.path));
    files['attachments/renewal letter.txt'] = strToU8('Your renewal: fee shown.\n');
    const changed = pack.path.replace(/\.zip$/, ' changed.zip');
    writeFileSync(changed, zipSync(files));
    check = await verifyPackFile(page, changed);
    await expect(check.getByRole('alert', { name: 'The pack failed the check' })).toContainText('attachments/renewal letter.txt was changed');
    await expect(check.getByRole('row', { name: /renewal letter\.txt/ })).toContainText('Changed');
    await saveScreenshot(page, 'case-pack-verify-changed');
  });
});
