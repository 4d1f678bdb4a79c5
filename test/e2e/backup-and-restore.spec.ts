// Story: an administrator downloads a backup, work goes on, the backup is restored and only what it held remains;
// a bad file is refused with its message; and a page closed in the middle of a multi-table write loses nothing
// committed and leaves nothing half-written.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './steps/desk';
import { buildHarness } from '../bench/browser/build-harness';
import type { StoreHarness } from '../bench/browser/harness';
import { intake, staff, times } from '../fixtures/cases';
import { chooseBackupFile, downloadBackup } from './steps/backups';
import { recordComplaint } from './steps/record-complaint';
import { administrator, agent, signInAs, signInAsAgent, signOut } from './steps/sign-in';

const out = path.resolve('test-results/e2e-backups');
mkdirSync(out, { recursive: true });

/** Today's date in London as dd/MM/yyyy (the backup is made during the story). */
function londonToday(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date()).replace(/\//g, '\\/');
}

async function recordAs(page: Page, customerName: string, summary: string): Promise<string> {
  await recordComplaint(page, { channel: 'Telephone', customerName, customerContact: '07700 900123', receivedAt: '2026-11-23T10:00', summary });
  const reference = page.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ });
  await expect(reference).toBeVisible();
  return (await reference.textContent()) ?? '';
}

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [agent] } });

test('a restored backup brings the desk back to what it held, and another open window is told', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signInAsAgent(page);
  const first = await recordAs(page, 'Margaret Oyelaran', 'Billed twice for the October gas contract renewal.');
  await signOut(page, agent.name);

  await signInAs(page, administrator.name, administrator.password);
  const file = path.join(out, 'desk.cdbackup');
  expect(await downloadBackup(page, file, 'tea urn by the window 3')).toMatch(/^Complaints Desk backup \d{4}-\d{2}-\d{2} \d{6}\.cdbackup$/);
  await signOut(page, administrator.name);

  await signInAs(page, agent.name, agent.password);
  const second = await recordAs(page, 'Idris Bamford', 'The broker fee was never disclosed.');
  await signOut(page, agent.name);

  // A second window, an agent working in it while the administrator restores.
  const other = await context.newPage();
  await other.goto('/');
  await signInAs(other, agent.name, agent.password);
  await other.getByRole('link', { name: 'Work list' }).click();
  await expect(other.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: second })).toBeVisible();

  await signInAs(page, administrator.name, administrator.password);
  await chooseBackupFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(/made on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, holds 1 cases, 1 customers and 0 files; it is encrypted with a passphrase\./);
  await dialog.getByLabel('Backup passphrase').fill('tea urn by the window 3');
  await dialog.getByRole('button', { name: 'Replace the desk with this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The backup of 1 cases was restored. The desk reopens now; sign in again.' })).toBeVisible({ timeout: 60_000 });

  // The page reloads onto the restored database and says which backup it now holds; the accounts are as they were.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'The desk was restored' })).toHaveText(
    new RegExp(`^The desk was restored from desk\\.cdbackup, the backup made on ${londonToday()} \\d{2}:\\d{2}: it now holds 1 case, 1 customer and 0 files\\. Sign in to carry on\\.$`),
  );
  await signInAs(page, agent.name, agent.password);
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: first })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: second })).toHaveCount(0);

  // The other window stopped saving to the old desk and says why; reloading opens the restored one.
  const told = other.getByRole('dialog', { name: 'The desk was restored in another window' });
  await expect(told).toContainText('has stopped saving');
  await told.getByRole('button', { name: 'Reload' }).click();
  await signInAs(other, agent.name, agent.password);
  await other.getByRole('link', { name: 'Work list' }).click();
  await expect(other.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: first })).toBeVisible();
  await expect(other.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: second })).toHaveCount(0);
  await other.close();

  // The restore undone: the desk from before it, with the second complaint, comes back.
  await signOut(page, agent.name);
  await signInAs(page, administrator.name, administrator.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Switch back to the desk from before the restore…' }).click();
  const undo = page.getByRole('dialog', { name: 'Switch back to the desk from before the restore?' });
  await expect(undo).toContainText('Anything recorded since the restore stays in the restored desk');
  await undo.getByRole('button', { name: 'Switch back', exact: true }).click();
  await signInAs(page, agent.name, agent.password);
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: second })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: first })).toBeVisible();
});

test('an encrypted backup asks for its passphrase, and a wrong one or a foreign file changes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsAgent(page);
  const first = await recordAs(page, 'Margaret Oyelaran', 'Billed twice for the October gas contract renewal.');
  await signOut(page, agent.name);
  await signInAs(page, administrator.name, administrator.password);
  const file = path.join(out, 'encrypted.cdbackup');
  // No backup leaves the desk unencrypted: the passphrase is asked for, and an empty one is refused.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByRole('button', { name: 'Download backup' }).click();
  await expect(card.getByText('Every backup is encrypted: give a passphrase of at least 10 characters')).toBeVisible();
  await downloadBackup(page, file, 'kettle orchard lantern 7');

  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await chooseBackupFile(page, { name: 'meter.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('alert')).toHaveText('This file is not a Complaints Desk backup: it is a PNG image. Choose a file ending .cdbackup. Nothing was changed.');

  // A file named .cdbackup that is not one is told what is wrong with it, not to choose a file ending .cdbackup.
  const noise = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 251));
  await chooseBackupFile(page, { name: 'x.cdbackup', mimeType: 'application/octet-stream', buffer: noise });
  await expect(page.getByRole('alert')).toHaveText(
    'x.cdbackup is not a Complaints Desk backup, though its name ends .cdbackup: it does not begin with the mark every backup begins with (CDBACKUP), so it was renamed from another file or its start is damaged. Choose a backup that Complaints Desk made. Nothing was changed.',
  );

  const truncatedFile = path.join(out, 'truncated.cdbackup');
  const { readFileSync } = await import('node:fs');
  const whole = readFileSync(file);
  writeFileSync(truncatedFile, whole.subarray(0, whole.length - 40));
  await chooseBackupFile(page, truncatedFile);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('it is encrypted with a passphrase.');
  await dialog.getByLabel('Backup passphrase').fill('kettle orchard lantern 7');
  await dialog.getByRole('button', { name: 'Replace the desk with this backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^The backup file is incomplete: part 1 is cut short\. Nothing was changed\.$/, { timeout: 30_000 });

  await chooseBackupFile(page, file);
  await dialog.getByLabel('Backup passphrase').fill('kettle orchard lantern 8');
  await dialog.getByRole('button', { name: 'Replace the desk with this backup' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The passphrase is wrong: this backup cannot be opened with it. Check it (capital letters count) and try again. Nothing was changed.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await signOut(page, administrator.name);
  await signInAs(page, agent.name, agent.password);
  await page.getByRole('link', { name: 'Work list' }).click();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: first })).toBeVisible();
});

type Window = { storeHarness: StoreHarness };
const DB = 'complaints-desk-e2e-durability';

test('a page closed in the middle of a multi-table write loses nothing committed and leaves nothing half-written', async ({ context }) => {
  test.setTimeout(180_000);
  const files = await buildHarness(path.resolve('test-results/store-harness'));
  const open = async () => {
    const page = await context.newPage();
    await page.route('**/store-harness/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() || 'index.html';
      const body = files.get(name);
      return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, contentType: name.endsWith('.js') ? 'text/javascript' : 'text/html', body });
    });
    await page.goto('/store-harness/index.html');
    await page.waitForFunction(() => 'storeHarness' in window);
    return page;
  };
  const { customerId: _c, ...complaint } = intake();

  const page = await open();
  const committed = await page.evaluate(
    async ({ db, staff, complaint, times }) => {
      const h = (window as unknown as Window).storeHarness;
      const store = new h.ComplaintsDatabase(db);
      for (const user of Object.values(staff)) await h.saveUser(store, user);
      const recorded = await h.recordComplaint(store, { customer: { details: { name: 'Margaret Oyelaran', phone: '07700 900123' } }, complaint }, { userId: staff.agent.id, role: 'agent' }, times.recorded);
      if (!recorded.ok) throw new Error('refused');
      return recorded.case.id;
    },
    { db: DB, staff, complaint, times },
  );
  // One transaction over cases, customers, timeline, case rows, files and every per-case table: 3,000 cases.
  const started = page.waitForEvent('console', (m) => m.text() === 'batch-write-started');
  await page.evaluate(({ db }) => {
    const h = (window as unknown as Window).storeHarness;
    const store = new h.ComplaintsDatabase(db);
    const batch = h.generateBatch(h.deskPlan({ cases: 3000, batchSize: 3000, seed: 99 }), 0);
    console.log('batch-write-started');
    void h.writeSeedBatch(store, batch).then(() => console.log('batch-write-finished'));
  }, { db: DB });
  await started;
  let finished = false;
  page.on('console', (m) => {
    if (m.text() === 'batch-write-finished') finished = true;
  });
  await page.waitForTimeout(300);
  await page.close();
  expect(finished).toBe(false);

  const reopened = await open();
  const after = await reopened.evaluate(async ({ db, committed }) => {
    const h = (window as unknown as Window).storeHarness;
    const store = new h.ComplaintsDatabase(db);
    const [cases, rows, customers, pages, chain] = await Promise.all([store.cases.count(), store.caseRows.count(), store.customers.count(), store.timeline.count(), h.verifyTimeline(store, committed)]);
    const ids = await store.cases.toCollection().primaryKeys();
    const rowIds = await store.caseRows.toCollection().primaryKeys();
    const withTimeline = new Set((await store.timeline.toCollection().primaryKeys()).map((k) => (k as [string, number])[0]));
    return { cases, rows, customers, pages, chainOk: chain.ok, hasCommitted: ids.includes(committed), rowsMatch: ids.every((id) => rowIds.includes(id)), everyCaseHasTimeline: ids.every((id) => withTimeline.has(id)) };
  }, { db: DB, committed });
  // The committed case is there and verifies; the interrupted batch left nothing at all behind.
  expect(after).toEqual({ cases: 1, rows: 1, customers: 1, pages: 1, chainOk: true, hasCommitted: true, rowsMatch: true, everyCaseHasTimeline: true });
});
