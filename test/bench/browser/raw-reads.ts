// The benchmark's baseline: the same reads as the store, with the plain IndexedDB API (same indexes, same limits).

export function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const MIN = -Infinity;
const max = (): never[] => [];

/** The audience partition of the cases every case worker may see (renderer/store/projections/audience.ts). */
export const OPEN_ROWS = 'agent complaints-manager';

/** A page of an agent's work queue: non-confidential rows by index, plus the confidential rows naming them. */
export async function rawQueuePage(db: IDBDatabase, index: string, lower: unknown[], upper: unknown[], upperOpen: boolean, agentId: string, limit: number) {
  const store = db.transaction('caseRows', 'readonly').objectStore('caseRows');
  const [rows, mine] = await Promise.all([
    done(store.index(index).getAll(IDBKeyRange.bound(lower, upper, false, upperOpen), limit)),
    done(store.index('viewerIds').getAll(agentId)),
  ]);
  return [...rows, ...mine];
}

export function rawFirstPage(db: IDBDatabase, agentId: string, limit: number) {
  return rawQueuePage(db, '[audience+dueSort+reference]', [OPEN_ROWS, MIN, MIN], [OPEN_ROWS, '9999-12-31', max()], false, agentId, limit);
}

export function rawStageOverdue(db: IDBDatabase, stage: string, today: string, agentId: string, limit: number) {
  return rawQueuePage(db, '[audience+stage+dueSort+reference]', [OPEN_ROWS, stage, MIN, MIN], [OPEN_ROWS, stage, today, MIN], true, agentId, limit);
}

export function rawOverdue(db: IDBDatabase, today: string, agentId: string, limit: number) {
  return rawQueuePage(db, '[audience+dueSort+reference]', [OPEN_ROWS, MIN, MIN], [OPEN_ROWS, today, MIN], true, agentId, limit);
}

export function rawSearch(db: IDBDatabase, word: string, limit: number) {
  const store = db.transaction('caseRows', 'readonly').objectStore('caseRows');
  return done(store.index('words').getAll(IDBKeyRange.bound(word, `${word}\uffff`), limit));
}

/** The case, its customer, its whole timeline and the settings, in one read transaction. */
export async function rawOpenCase(db: IDBDatabase, caseId: string) {
  const tx = db.transaction(['cases', 'customers', 'timeline', 'settings'], 'readonly');
  const c = await done(tx.objectStore('cases').get(caseId));
  const [customer, events, settings] = await Promise.all([
    done(tx.objectStore('customers').get(c.customerId)),
    done(tx.objectStore('timeline').getAll(IDBKeyRange.bound([caseId, MIN], [caseId, max()]))),
    done(tx.objectStore('settings').get('policy')),
  ]);
  return { c, customer, events, settings };
}

/** The writes of a workflow action without the policy: read the case and the last page, write case, row, page. */
export async function rawSave(db: IDBDatabase, caseId: string, now: string) {
  const tx = db.transaction(['cases', 'caseRows', 'timeline'], 'readwrite');
  const finished = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const cases = tx.objectStore('cases');
  const timeline = tx.objectStore('timeline');
  const [c, row, last] = await Promise.all([
    done(cases.get(caseId)),
    done(tx.objectStore('caseRows').get(caseId)),
    done(timeline.openCursor(IDBKeyRange.bound([caseId, MIN], [caseId, max()]), 'prev')),
  ]);
  const page = last?.value as { caseId: string; page: number; events: { seq: number; hash: string }[] };
  const previous = page.events[page.events.length - 1];
  const seq = (previous?.seq ?? 0) + 1;
  cases.put({ ...c, version: c.version + 1, updatedAt: now });
  tx.objectStore('caseRows').put({ ...row, version: row.version + 1, updatedAt: now, timelineSeq: seq });
  const event = { caseId, seq, id: crypto.randomUUID(), at: now, actorId: 'agent-1', action: 'baseline', summary: 'Baseline write', before: null, after: null, prevHash: previous?.hash ?? '', hash: 'x' };
  timeline.put({ ...page, events: [...page.events, event] });
  await finished;
}
