// The store, loaded into a bare page for the Chromium end-to-end test and benchmark: window.storeHarness.
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { addAttachment, readAttachment } from '../../../renderer/store/attachments';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { openCase, readCase } from '../../../renderer/store/case-views';
import { findCustomers } from '../../../renderer/store/customers';
import { StoreFullError } from '../../../renderer/store/errors';
import { requestPersistentStorage } from '../../../renderer/store/persistence';
import { searchCases } from '../../../renderer/store/search';
import { deskPlan, generateBatch } from '../../../renderer/store/seed/synthetic-desk';
import { seedDesk, writeSeedBatch } from '../../../renderer/store/seed/write-seed';
import { prepareSeedKeys, SEED_PASSWORD } from '../../../renderer/store/seed/seed-keys';
import { loadWraps } from '../../../renderer/store/sealed/case-keys';
import { unlockUserKeys } from '../../../shared/sealed';

/** Opens these people's keys (made by prepareSeedKeys) in this window, as their sign-ins would. */
async function unlockStaff(store: ComplaintsDatabase, userIds: readonly string[], now: string): Promise<void> {
  for (const userId of userIds) {
    const record = await store.userKeys.get(userId);
    if (!record) throw new Error(`no keys for ${userId}`);
    const keys = await unlockUserKeys(record, SEED_PASSWORD);
    store.keyring.unlock(keys);
    await loadWraps(store, keys, now);
  }
}
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { saveUser } from '../../../renderer/store/users';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { coldOpen, rawColdOpen, warmFigures } from './figures';
import { seedInWorkers } from './parallel-seed';
import { workListFigures } from './work-list-figures';

const harness = {
  ComplaintsDatabase,
  addAttachment,
  readAttachment,
  applyCaseAction,
  recordComplaint,
  openCase,
  readCase,
  findCustomers,
  StoreFullError,
  requestPersistentStorage,
  searchCases,
  deskPlan,
  generateBatch,
  seedDesk,
  writeSeedBatch,
  prepareSeedKeys,
  unlockStaff,
  verifyTimeline,
  saveUser,
  listWorkQueue,
  seedInWorkers,
  coldOpen,
  rawColdOpen,
  warmFigures,
  workListFigures,
  /** Changes one stored event behind the store's back, as developer tools could. */
  async tamperWithEvent(dbName: string, caseId: string, seq: number, summary: string): Promise<void> {
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('timeline', 'readwrite');
      const store = tx.objectStore('timeline');
      const get = store.get([caseId, Math.floor((seq - 1) / 20)]);
      get.onsuccess = () => {
        const page = get.result as { events: { seq: number; summary: string }[] };
        store.put({ ...page, events: page.events.map((e) => (e.seq === seq ? { ...e, summary } : e)) });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
  },
};

export type StoreHarness = typeof harness;
(globalThis as unknown as { storeHarness: StoreHarness }).storeHarness = harness;
