// Story: the case store at work in Chromium's own IndexedDB — two windows, a confidential case, a file, a tampered
// timeline, and a thousand synthetic cases that are still there after a reload.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { buildHarness } from '../bench/browser/build-harness';
import type { StoreHarness } from '../bench/browser/harness';
import { intake, staff, times } from '../fixtures/cases';
import { chromiumArgs, chromiumExecutable } from './chromium-launch';

type Window = { storeHarness: StoreHarness };
const DB = 'complaints-desk-e2e-store';
let files: Map<string, string>;

test.beforeAll(async () => {
  files = await buildHarness(path.resolve('test-results/store-harness'));
});

async function openHarness(page: Page): Promise<void> {
  await page.route('**/store-harness/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() || 'index.html';
    const body = files.get(name);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ status: 200, contentType: name.endsWith('.js') ? 'text/javascript' : 'text/html', body });
  });
  await page.goto('/store-harness/index.html');
  await page.waitForFunction(() => 'storeHarness' in window);
}

test('the store keeps cases, timelines, files and confidentiality in real IndexedDB', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openHarness(page);
  const { customerId: _c, ...complaint } = intake();
  const recorded = await page.evaluate(
    async ({ db, staff, complaint, times }) => {
      const h = (window as unknown as Window).storeHarness;
      const store = new h.ComplaintsDatabase(db);
      for (const user of Object.values(staff)) await h.saveUser(store, user);
      // Everyone's keys, unlocked in this window (as the seed does): complaints about staff are sealed for their readers.
      await h.prepareSeedKeys(store, Object.values(staff), times.recorded);
      const agent = { userId: staff.agent.id, role: staff.agent.role };
      const plain = await h.recordComplaint(store, { customer: { details: { name: 'Margaret Oyelaran', phone: '07700 900123' } }, complaint }, agent, times.recorded);
      const secret = await h.recordComplaint(
        store,
        { customer: { details: { name: 'Idris Bamford', email: 'idris@example.org' } }, complaint: { ...complaint, concernsStaff: true, namedStaffUserIds: [staff.namedEmployee.id], nature: 'The adviser was rude and hung up.' } },
        agent,
        times.recorded,
      );
      if (!plain.ok || !secret.ok) throw new Error('recording refused');
      const file = await h.addAttachment(store, { caseId: plain.case.id, expectedVersion: 1, file: new Blob(['abc'], { type: 'text/plain' }), name: 'note.txt', source: 'customer' }, agent, times.acknowledged);
      if (!file.ok) throw new Error(file.missing.join('; '));
      store.close();
      return { plainId: plain.case.id, secretId: secret.case.id, version: file.case.version, fileId: file.attachment.id, sha256: file.attachment.sha256 };
    },
    { db: DB, staff, complaint, times },
  );
  expect(recorded.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');

  // A second window saves first; the first window's save over the older version is refused.
  const second = await context.newPage();
  await openHarness(second);
  const saved = await second.evaluate(
    async ({ db, caseId, version, agent, at }) => {
      const h = (window as unknown as Window).storeHarness;
      return h.applyCaseAction(new h.ComplaintsDatabase(db), { caseId, expectedVersion: version, action: { type: 'acknowledge', sentAt: at, channel: 'email' } }, agent, at);
    },
    { db: DB, caseId: recorded.plainId, version: recorded.version, agent: { userId: staff.secondAgent.id, role: 'agent' as const }, at: times.acknowledged },
  );
  expect(saved.ok).toBe(true);
  const stale = await page.evaluate(
    async ({ db, caseId, version, agent, at }) => {
      const h = (window as unknown as Window).storeHarness;
      return h.applyCaseAction(new h.ComplaintsDatabase(db), { caseId, expectedVersion: version, action: { type: 'acknowledge', sentAt: at, channel: 'letter' } }, agent, at);
    },
    { db: DB, caseId: recorded.plainId, version: recorded.version, agent: { userId: staff.agent.id, role: 'agent' as const }, at: times.acknowledged },
  );
  expect(stale.ok).toBe(false);
  expect(stale.ok ? '' : stale.missing[0]).toMatch(/changed elsewhere .* Your change was not saved/);

  const seen = await page.evaluate(
    async ({ db, ids, staff, now }) => {
      const h = (window as unknown as Window).storeHarness;
      const store = new h.ComplaintsDatabase(db);
      const agent = { userId: staff.agent.id, role: staff.agent.role };
      const manager = { userId: staff.manager.id, role: staff.manager.role };
      await h.unlockStaff(store, [agent.userId, manager.userId], now);
      const agentList = await h.listWorkQueue(store, { includeFinished: true }, agent, now);
      const managerList = await h.listWorkQueue(store, { includeFinished: true }, manager, now);
      const agentSearch = await h.searchCases(store, 'rude', agent, now);
      const agentOpen = await h.openCase(store, ids.secretId, agent, now);
      const managerOpen = await h.openCase(store, ids.secretId, manager, now);
      const file = await h.readAttachment(store, ids.plainId, ids.fileId, agent, now);
      const views = managerOpen.status === 'open' ? managerOpen.timeline.filter((e) => e.action === 'viewed').map((e) => e.actorId) : [];
      const verified = await h.verifyTimeline(store, ids.plainId);
      store.close();
      return {
        agentList: agentList.items.length,
        managerList: managerList.items.length,
        agentSearch: agentSearch.items.length,
        agentOpen: agentOpen.status,
        views,
        file: file.ok ? await file.blob.text() : null,
        verified: verified.ok,
      };
    },
    { db: DB, ids: recorded, staff, now: '2026-11-26T12:00:00.000Z' },
  );
  expect(seen).toEqual({ agentList: 1, managerList: 2, agentSearch: 0, agentOpen: 'receipt', views: [staff.manager.id], file: 'abc', verified: true });

  await page.evaluate(({ db, caseId }) => (window as unknown as Window).storeHarness.tamperWithEvent(db, caseId, 2, 'Nothing was attached'), { db: DB, caseId: recorded.plainId });
  const tampered = await page.evaluate(
    async ({ db, caseId }) => {
      const h = (window as unknown as Window).storeHarness;
      return h.verifyTimeline(new h.ComplaintsDatabase(db), caseId);
    },
    { db: DB, caseId: recorded.plainId },
  );
  expect(tampered).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'Event 2 has been altered: its contents no longer match its hash' });
});

test('a thousand synthetic cases page, search and survive a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await openHarness(page);
  const seeded = await page.evaluate(async (db) => {
    const h = (window as unknown as Window).storeHarness;
    const store = new h.ComplaintsDatabase(`${db}-seeded`);
    const plan = h.deskPlan({ cases: 1000, batchSize: 250 });
    const progress = await h.seedDesk(store, plan);
    const persisted = await h.requestPersistentStorage();
    store.close();
    return { ...progress, asOf: plan.asOf, storageAnswered: typeof persisted.persisted === 'boolean' };
  }, DB);
  expect(seeded).toMatchObject({ cases: 1000, storageAnswered: true });
  expect(seeded.events).toBeGreaterThan(8000);

  await page.reload();
  await page.waitForFunction(() => 'storeHarness' in window);
  const read = await page.evaluate(
    async ({ db, now }) => {
      const h = (window as unknown as Window).storeHarness;
      const store = new h.ComplaintsDatabase(`${db}-seeded`);
      const manager = { userId: 'manager-1', role: 'complaints-manager' as const };
      const first = await h.listWorkQueue(store, { includeFinished: true }, manager, now, { limit: 50 });
      const second = await h.listWorkQueue(store, { includeFinished: true }, manager, now, { limit: 50, after: first.next });
      const overdue = await h.listWorkQueue(store, { overdue: true }, manager, now, { limit: 50 });
      const found = await h.searchCases(store, 'JESQ-2026-000001', manager, now);
      const opened = first.items[0] ? await h.openCase(store, first.items[0].caseId, manager, now) : null;
      const chain = first.items[0] ? await h.verifyTimeline(store, first.items[0].caseId) : null;
      return {
        pages: [first.items.length, second.items.length],
        overlap: first.items.some((i) => second.items.some((j) => j.caseId === i.caseId)),
        overdue: overdue.items.every((i) => i.overdue),
        found: found.items.map((i) => i.reference),
        opened: opened?.status,
        chain: chain?.ok,
      };
    },
    { db: DB, now: seeded.asOf },
  );
  expect(read).toEqual({ pages: [50, 50], overlap: false, overdue: true, found: ['JESQ-2026-000001'], opened: 'open', chain: true });
});

test('a full disk in real IndexedDB: the file is refused in plain words and nothing stored is lost', async ({ baseURL }) => {
  // Chromium applies a quota override to its default profile only, so this story runs in a profile of its own.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'store-quota-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: chromiumArgs, headless: true, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openHarness(page);
    // Chromium's own quota, as DevTools' "simulate custom storage quota" sets it: room for cases, not for an 8 MB
    // file. (navigator.storage.estimate() keeps reporting the usual quota; writes are held to the override.)
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 });
    expect(await cdp.send('Storage.getUsageAndQuota', { origin })).toMatchObject({ quota: 2 * 1024 * 1024, overrideActive: true });
    const { customerId: _c, ...complaint } = intake();
    const before = await page.evaluate(
      async ({ db, staff, complaint, times }) => {
        const h = (window as unknown as Window).storeHarness;
        const store = new h.ComplaintsDatabase(db);
        for (const user of Object.values(staff)) await h.saveUser(store, user);
        const agent = { userId: staff.agent.id, role: staff.agent.role };
        const recorded = await h.recordComplaint(store, { customer: { details: { name: 'Margaret Oyelaran', phone: '07700 900123' } }, complaint }, agent, times.recorded);
        if (!recorded.ok) throw new Error('recording refused');
        store.close();
        return { caseId: recorded.case.id, version: recorded.case.version };
      },
      { db: DB, staff, complaint, times },
    );

    const attempt = await page.evaluate(
      async ({ db, caseId, version, agent, at }) => {
        const h = (window as unknown as Window).storeHarness;
        const store = new h.ComplaintsDatabase(db);
        // 8 MB of bytes that do not compress, so the store cannot squeeze them under the quota.
        const bytes = new Uint8Array(8 * 1024 * 1024);
        for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
        let outcome: { refused: string; name: string } | { saved: true };
        try {
          const result = await h.addAttachment(store, { caseId, expectedVersion: version, file: new Blob([bytes], { type: 'application/pdf' }), name: 'bill.pdf', source: 'customer' }, agent, at);
          outcome = result.ok ? { saved: true } : { refused: result.missing.join('; '), name: 'refused' };
        } catch (error) {
          outcome = { refused: (error as Error).message, name: (error as Error).name };
        }
        const view = await h.readCase(store, caseId, agent, at);
        const chain = await h.verifyTimeline(store, caseId);
        const files = await store.attachmentBlobs.count();
        store.close();
        return { outcome, version: view.status === 'open' ? view.case.version : null, attachments: view.status === 'open' ? view.case.attachments.length : null, files, chainOk: chain.ok };
      },
      { db: DB, caseId: before.caseId, version: before.version, agent: { userId: staff.agent.id, role: staff.agent.role }, at: times.acknowledged },
    );
    expect(attempt.outcome).toEqual({ name: 'StoreFullError', refused: expect.stringContaining('This computer has run out of space for the Complaints Desk, so the change was not saved. Nothing was lost') });
    expect(attempt).toMatchObject({ version: before.version, attachments: 0, files: 0, chainOk: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
