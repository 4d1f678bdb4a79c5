// Story: the administrator rewords the final response and sets the customer count; an agent works a broker's
// complaint to deadlock, and a deadlock letter missing the Ombudsman's elements is refused naming each; the letter
// with the administrator's wording is recorded and opens the Energy Ombudsman before the 8-week date. A complaints
// manager then follows the Ombudsman's timetable (referral, evidence, decision, remedy) on the work list, makes the
// case pack (the new fields in summary.pdf and case.json, verify-pack sound) and exports the return as CSV and PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './steps/desk';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { verifyCasePack } from '../../shared/case-pack/verify-case-pack';
import { parseCsv } from '../unit/shared/reports/csv-parse';
import { saveScreenshot } from './screenshots';
import { expectNoSeriousAxeViolations } from './steps/accessibility';
import { makeAndKeepPack, openMakeCasePack, verifyPackFile } from './steps/case-pack';
import { acknowledge, assignInvestigator, categorise, choose, fixTheClock, openAction, save, startReview, timeline } from './steps/case-page';
import { enterDate } from './steps/dates';
import { recordAndOpen } from './steps/emails';
import { letterRow, prepareLetter, recordLetterSent } from './steps/letters';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { administrator, agent, manager, signInAs, signOut } from './steps/sign-in';

// One desk's whole Ombudsman story, end to end: about 2 minutes alone, twice that on a loaded 2-core machine.
test.setTimeout(300_000);

// The story starts on a desk already set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent, manager] } });

const ADMINISTRATOR_SENTENCE = 'Our complaints team answers the telephone from 9am to 5pm, Monday to Friday.';

/** A deadlock letter written elsewhere: it names the Ombudsman but leaves out most of what its guidance asks. */
const LETTER_WRITTEN_ELSEWHERE = [
  'Dear Mr Hartley,',
  'This is our deadlock letter. We could not agree, so you may refer your complaint to the Energy Ombudsman.',
  'Yours sincerely, Sam Agent',
].join('\n\n');

function fact(page: Page, region: string, term: string) {
  return page.getByRole('region', { name: region }).getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::*[1]');
}

function ombudsmanAlert(page: Page) {
  return page.getByRole('region', { name: 'Energy Ombudsman' }).getByRole('alert');
}

/** The case's row on the work list (All tab) shows this next deadline. */
async function workListShows(page: Page, reference: string, due: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText(due);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
}

test('a deadlock letter checked against the Ombudsman’s guidance, the Ombudsman’s timetable on the work list, the pack and the return', async ({ page }) => {
  await fixTheClock(page);
  await page.goto('/');
  await signInAs(page, administrator.name, administrator.password);

  // The administrator adds a sentence to the final response (which the deadlock letter repeats) and sets the count
  // of customers the return divides by.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const wording = page.getByRole('region', { name: 'Letter wording' });
  await wording.getByRole('combobox', { name: 'Letter' }).click();
  await page.getByRole('option', { name: 'Final response', exact: true }).click();
  const body = wording.getByRole('textbox', { name: 'Wording' });
  await body.fill((await body.inputValue()).replace('{{ombudsmanRights}}', `${ADMINISTRATOR_SENTENCE}\n\n{{ombudsmanRights}}`));
  await wording.getByRole('button', { name: 'Save wording' }).click();
  await expect(wording.getByRole('status')).toHaveText('The final response wording is saved. Letters use it from now on.');
  const ombudsmanSettings = page.getByRole('region', { name: 'Energy Ombudsman and the complaints return' });
  await expect(ombudsmanSettings.getByRole('textbox', { name: 'Days to send the Ombudsman our evidence' })).toHaveValue('14');
  await ombudsmanSettings.getByRole('textbox', { name: 'Number of customers' }).fill('2000');
  await ombudsmanSettings.getByRole('button', { name: 'Save Ombudsman and return settings' }).click();
  await expect(ombudsmanSettings.getByRole('status')).toContainText('Customers may refer for 12 months; evidence is due 14 days after the Ombudsman asks.');
  await signOut(page, administrator.name);

  // The agent records a small business's complaint, made by letter, and works it to a final response.
  await signInAs(page, agent.name, agent.password);
  await openNewComplaint(page);
  await fillComplaint(page, {
    channel: 'Letter',
    customerName: 'Colin Hartley',
    customerContact: 'colin@penninejoinery.example',
    receivedAt: '2026-11-23T10:00',
    summary: 'We were moved to a new gas contract at a higher rate without our agreement.',
  });
  await page.getByRole('checkbox', { name: 'The customer is a business' }).check();
  const business = page.getByRole('region', { name: 'The business' });
  await business.getByRole('textbox', { name: 'Business name' }).fill('Pennine Joinery Ltd');
  await business.getByRole('textbox', { name: 'Person complaining for the business' }).fill('Colin Hartley');
  await choose(page, business, 'Business size', 'Small business');
  await business.getByRole('textbox', { name: 'Reason for the business size' }).fill('24 employees');
  await business.getByRole('textbox', { name: 'Suppliers involved' }).fill('Northgas Supply, NGS-99120');
  await business.getByRole('textbox', { name: 'MPRNs (gas)' }).fill('9120455001');
  await choose(page, business, "Broker's commission", 'Disclosed');
  const reference = await recordAndOpen(page);

  await acknowledge(page, '2026-11-24T09:30', 'Letter');
  await startReview(page);
  await recordLetterSent(page, await prepareLetter(page, 'Request for information'), '2026-11-24T10:00', 'Letter');
  await categorise(page, 'Contract or renewal');
  await assignInvestigator(page, 'Sam Agent');
  await save(await openAction(page, 'Start investigation', 'Start the investigation'), 'Start investigation');
  let dialog = await openAction(page, 'Record findings', 'Record the findings');
  await dialog.getByRole('textbox', { name: 'Facts established' }).fill('The renewal was processed without the signed acceptance.');
  await dialog.getByRole('textbox', { name: 'Cause' }).fill('The supplier treated silence as acceptance.');
  await save(dialog, 'Record findings');
  dialog = await prepareLetter(page, 'Final response');
  await choose(page, dialog, 'Outcome', 'Not upheld');
  await dialog.getByRole('checkbox', { name: 'Explanation' }).check();
  await dialog.getByRole('textbox', { name: 'Summary of the final response' }).fill('The contract terms allowed the renewal.');
  await recordLetterSent(page, dialog, '2026-12-03T15:00', 'Letter');
  dialog = await openAction(page, 'Record customer’s answer', 'Record the customer’s answer');
  await choose(page, dialog, 'Customer’s answer', 'Does not accept the final response (deadlock)');
  await save(dialog, 'Record answer');

  // A deadlock letter written elsewhere is refused: each element of the Ombudsman's guidance it lacks is named.
  dialog = await openAction(page, 'Send deadlock letter', 'Send deadlock letter');
  await enterDate(dialog, 'Date and time sent', '2026-12-04T11:00');
  await choose(page, dialog, 'How it was sent', 'Letter');
  await expect(dialog.getByRole('textbox', { name: 'Person who owns the complaint' })).toHaveValue('Sam Agent');
  await dialog.getByRole('textbox', { name: 'Final wording of the letter as sent' }).fill(LETTER_WRITTEN_ELSEWHERE);
  await dialog.getByRole('button', { name: 'Record letter sent' }).click();
  const refusal = dialog.getByRole('alert', { name: 'Not saved' });
  for (const missing of [
    "The customer's right to refer the complaint to the Energy Ombudsman, and the date to refer by (04/12/2027)",
    'That the Energy Ombudsman is free for the customer to use',
    'That the Energy Ombudsman is independent',
    'What the Energy Ombudsman can award: an apology, an explanation, practical action and a financial award',
    "That the Ombudsman's decision binds the firm but not the customer",
    "The firm's final position on the complaint",
    'Whether any offer still stands if the customer goes to the Ombudsman',
  ]) {
    await expect(refusal).toContainText(`The deadlock letter must state: ${missing}`);
  }
  // What the letter does carry is not listed: the label, and the owner's name.
  await expect(refusal).not.toContainText('The label "deadlock letter"');
  await expect(refusal).not.toContainText('The person who owns the complaint');
  await expectNoSeriousAxeViolations(page, 'a deadlock letter refused by the letter check');
  await saveScreenshot(page, 'deadlock-letter-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(ombudsmanAlert(page)).toHaveText('Not yet: the customer may refer from 18/01/2027');

  // The deadlock letter on the letterhead, with the administrator's sentence, carries every element: it is recorded.
  dialog = await prepareLetter(page, 'Deadlock letter (final response)');
  const preview = dialog.getByRole('region', { name: 'Letter preview' });
  await expect(preview).toContainText(ADMINISTRATOR_SENTENCE);
  await expect(preview).toContainText('This is our deadlock letter');
  await expect(preview).toContainText('You have the right to refer your complaint to the Energy Ombudsman until 04/12/2027.');
  await recordLetterSent(page, dialog, '2026-12-04T11:00', 'Letter');
  await expect(letterRow(page, 'Deadlock letter (final response)')).toContainText('Sent 04/12/2026');
  // Before the 8-week date: the deadlock letter opens the Ombudsman, and the 12 months run from it.
  await expect(ombudsmanAlert(page)).toHaveText('The customer may refer now');
  await expect(fact(page, 'Energy Ombudsman', 'Eligible from')).toHaveText('04/12/2026 (the deadlock letter)');
  await expect(fact(page, 'Energy Ombudsman', 'Refer by')).toHaveText('04/12/2027 (after the deadlock letter)');
  await signOut(page, agent.name);

  // The complaints manager follows the Ombudsman's timetable: each of the firm's deadlines is on the work list.
  await signInAs(page, manager.name, manager.password);
  await page.getByRole('link', { name: reference }).first().click();
  dialog = await openAction(page, 'Record Ombudsman referral', 'Record Ombudsman referral');
  await dialog.getByRole('textbox', { name: 'Ombudsman reference' }).fill('EO-2026-55501');
  await save(dialog, 'Record referral');
  await expect(fact(page, 'Energy Ombudsman', 'Reference')).toHaveText('EO-2026-55501');
  await expect(fact(page, 'Energy Ombudsman', 'Referred')).toHaveText('04/12/2026');

  dialog = await openAction(page, "Record the Ombudsman's request for evidence", "The Ombudsman's request for evidence");
  await save(dialog, 'Record');
  await expect(fact(page, 'Energy Ombudsman', "Send the Ombudsman the firm's evidence")).toHaveText('Due 18/12/2026: due');
  await workListShows(page, reference, /Ombudsman evidence.*18\/12\/2026|18\/12\/2026.*Ombudsman evidence/);
  await save(await openAction(page, 'Record evidence sent to the Ombudsman', 'Evidence sent to the Ombudsman'), 'Record');
  await expect(fact(page, 'Energy Ombudsman', "Send the Ombudsman the firm's evidence")).toHaveText('Due 18/12/2026: done 04/12/2026');

  dialog = await openAction(page, "Record Ombudsman's decision", 'Record the Ombudsman’s decision');
  await choose(page, dialog, 'Decision', 'Upheld');
  await dialog.getByRole('textbox', { name: 'Summary of the decision' }).fill('The renewal needed the customer’s agreement: refund the difference.');
  await dialog.getByRole('checkbox', { name: 'Payment' }).check();
  await dialog.getByRole('textbox', { name: 'Payment amount' }).fill('150.00');
  await enterDate(dialog, 'Date the remedy is due (if any)', '2026-12-31');
  await save(dialog, 'Record decision');
  await expect(fact(page, 'Energy Ombudsman', 'Decision')).toHaveText('Upheld (04/12/2026): The renewal needed the customer’s agreement: refund the difference.');
  await expect(fact(page, 'Energy Ombudsman', "Carry out the Ombudsman's remedy")).toHaveText('Due 31/12/2026: due');
  await workListShows(page, reference, /Ombudsman remedy.*31\/12\/2026|31\/12\/2026.*Ombudsman remedy/);
  await save(await openAction(page, 'Ombudsman remedy completed', 'Ombudsman remedy completed'), 'Record');
  await expect(fact(page, 'Energy Ombudsman', "Carry out the Ombudsman's remedy")).toHaveText('Due 31/12/2026: done 04/12/2026');
  const events = timeline(page).getByRole('listitem');
  await expect(events.filter({ hasText: "The Energy Ombudsman asked for the firm's evidence on 04/12/2026: due by 18/12/2026" })).toHaveCount(1);
  await expect(events.filter({ hasText: "Ombudsman's remedy completed on 04/12/2026" })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, 'case page with the Ombudsman timetable');
  await saveScreenshot(page, 'case-page-ombudsman');

  // The case pack carries the record, the business and the Ombudsman's timetable, and is sound.
  dialog = await openMakeCasePack(page);
  await choose(page, dialog, 'Lawful basis for disclosure', 'Ombudsman or regulator rules the company must follow');
  await dialog.getByRole('textbox', { name: 'Reason for disclosure without consent' }).fill('The Energy Ombudsman asked for the case file under its rules.');
  const pack = await makeAndKeepPack(page, dialog);
  expect(await verifyCasePack(readFileSync(pack.path))).toMatchObject({ ok: true });
  expect(execFileSync('npx', ['tsx', 'scripts/verify-pack.ts', pack.path], { encoding: 'utf8' })).toContain('is a complete, unchanged Complaints Desk case pack');
  const check = await verifyPackFile(page, pack.path);
  await expect(check.getByRole('alert', { name: 'The pack is sound' })).toBeVisible();
  await check.getByRole('button', { name: 'Close' }).click();

  const files = unzipSync(readFileSync(pack.path));
  const caseJson = JSON.parse(new TextDecoder().decode(files['case.json'])) as { case: Record<string, unknown> };
  expect(caseJson.case).toMatchObject({
    receipt: { madeHow: 'written', agreedChannel: 'letter', resolved: false },
    business: {
      businessName: 'Pennine Joinery Ltd',
      actingPerson: 'Colin Hartley',
      businessSize: 'small',
      businessSizeReason: '24 employees',
      suppliers: [{ name: 'Northgas Supply', complaintReference: 'NGS-99120' }],
      meterPoints: [{ kind: 'mprn', number: '9120455001' }],
      letterOfAuthorityOnFile: false,
      commissionDisclosed: 'yes',
    },
    ombudsman: {
      reference: 'EO-2026-55501',
      referredOn: '2026-12-04',
      evidenceRequestedOn: '2026-12-04',
      evidenceDueOn: '2026-12-18',
      evidenceSentOn: '2026-12-04',
      decision: { decision: 'upheld', remedyDueOn: '2026-12-31', remedies: [{ kind: 'payment', amountPence: 15_000 }] },
      remedyCompletedOn: '2026-12-04',
    },
  });
  const summaryPath = test.info().outputPath('summary.pdf');
  execFileSync('unzip', ['-o', '-q', pack.path, 'summary.pdf', '-d', test.info().outputDir]);
  const summary = execFileSync('pdftotext', [summaryPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const shown of [
    'Record at receipt and later contacts',
    'Way of communicating agreed Letter',
    'The business',
    'Pennine Joinery Ltd',
    'Small business (24 employees)',
    'Northgas Supply (reference NGS-99120)',
    'MPRN 9120455001',
    "Broker's commission Disclosed",
    'Energy Ombudsman',
    'Eligible from 04/12/2026 (deadlock letter)',
    'Refer by 04/12/2027',
    'EO-2026-55501',
    'Upheld (04/12/2026)',
  ]) {
    expect(summary, `summary.pdf shows ${shown}`).toContain(shown);
  }

  // The complaints return for the period, exported as CSV and as an A4 PDF to publish: counts only.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const period = page.getByRole('form', { name: 'Report period' });
  await enterDate(period, 'From', '01/11/2026');
  await enterDate(period, 'To', '04/12/2026');
  await period.getByRole('button', { name: 'Show report' }).click();
  const returnPanel = page.getByRole('region', { name: 'Complaints return' });
  await returnPanel.getByRole('button', { name: 'Make the return' }).click();
  const table = returnPanel.getByRole('table', { name: 'Complaints return' });
  await expect(table.getByRole('row', { name: /^Energy Ombudsman Referrals/ })).toContainText('1');

  let downloading = page.waitForEvent('download');
  await returnPanel.getByRole('button', { name: 'Export return CSV' }).click();
  const csv = await downloading;
  expect(csv.suggestedFilename()).toBe('Complaints return 2026-11-01 to 2026-12-04.csv');
  await expect(returnPanel.getByRole('status').filter({ hasText: 'Downloaded as Complaints return 2026-11-01 to 2026-12-04.csv' })).toBeVisible();
  const csvText = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(csvText);
  const figure = (section: string, measure: string) => rows.find((r) => r[0] === section && r[1] === measure)?.[2];
  expect(rows[0]).toEqual(['Section', 'Measure', 'Value']);
  expect(figure('Received', 'Complaints received')).toBe('1');
  expect(figure('Received', 'Customers')).toBe('2000');
  expect(figure('Received', 'Complaints per 1,000 customers')).toBe('0.5');
  expect(figure('Energy Ombudsman', 'Referrals')).toBe('1');
  expect(figure('Energy Ombudsman', 'Decisions: Upheld')).toBe('1');
  expect(figure('Energy Ombudsman', 'Awards ordered (£)')).toBe('150.00');

  downloading = page.waitForEvent('download');
  await returnPanel.getByRole('button', { name: 'Save summary PDF' }).click();
  const pdf = await downloading;
  expect(pdf.suggestedFilename()).toBe('Complaints return 2026-11-01 to 2026-12-04.pdf');
  const pdfPath = test.info().outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const published = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(published).toContain('Complaints return 01/11/2026 to 04/12/2026');
  expect(published).toContain('Referrals 1');
  expect(published).toContain('Awards ordered £150.00');
  // Fit to publish: no customer, business, case or Ombudsman reference in either export.
  for (const text of [csvText, published]) expect(text).not.toMatch(/Hartley|Pennine|Northgas|JESQ-|EO-2026/);
  await saveScreenshot(page, 'reports-complaints-return');
});
