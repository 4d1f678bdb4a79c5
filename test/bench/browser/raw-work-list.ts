// The baseline for the work list's figures: the same index ranges and limits as each tab, filter and count, raw.
import { OPEN_ROWS, rawQueuePage } from './raw-reads';

const MIN = -Infinity;
const max = (): never[] => [];
const NO_DEADLINE = '9999-12-31';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function store(db: IDBDatabase): IDBObjectStore {
  return db.transaction('caseRows', 'readonly').objectStore('caseRows');
}

/** My cases: the rows they investigate and the rows they recorded, two ranges, plus the confidential rows naming them. */
export async function rawMyCases(db: IDBDatabase, userId: string, limit: number) {
  const rows = store(db);
  const range = (index: string) => done(rows.index(index).getAll(IDBKeyRange.bound([OPEN_ROWS, userId, MIN, MIN], [OPEN_ROWS, userId, max(), max()]), limit));
  return Promise.all([range('[audience+assigneeId+dueSort+reference]'), range('[audience+recordedById+dueSort+reference]'), done(rows.index('viewerIds').getAll(userId))]);
}

/** Next deadlines from `from` to `to`, inclusive. */
export function rawDueBetween(db: IDBDatabase, from: string, to: string, userId: string, limit: number) {
  return rawQueuePage(db, '[audience+dueSort+reference]', [OPEN_ROWS, from, MIN], [OPEN_ROWS, to, max()], false, userId, limit);
}

export function rawOnHold(db: IDBDatabase, userId: string, limit: number) {
  return rawQueuePage(db, '[audience+onHold+dueSort+reference]', [OPEN_ROWS, 1, MIN, MIN], [OPEN_ROWS, 1, NO_DEADLINE, max()], false, userId, limit);
}

export function rawAll(db: IDBDatabase, userId: string, limit: number) {
  return rawQueuePage(db, '[audience+dueSort+reference]', [OPEN_ROWS, MIN, MIN], [OPEN_ROWS, max(), max()], false, userId, limit);
}

export function rawChannel(db: IDBDatabase, channel: string, userId: string, limit: number) {
  return rawQueuePage(db, '[audience+channel+dueSort+reference]', [OPEN_ROWS, channel, MIN, MIN], [OPEN_ROWS, channel, max(), max()], false, userId, limit);
}

/** Walks an index range with a cursor (backwards when asked) until `limit` rows pass `test`. */
export function rawWalk(db: IDBDatabase, index: string, range: IDBKeyRange, direction: IDBCursorDirection, test: (row: Record<string, unknown>) => boolean, limit: number): Promise<unknown[]> {
  const request = store(db).index(index).openCursor(range, direction);
  const found: unknown[] = [];
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || found.length >= limit) return resolve(found);
      if (test(cursor.value as Record<string, unknown>)) found.push(cursor.value);
      cursor.continue();
    };
  });
}

/** Every case, newest first. */
export function rawAllNewest(db: IDBDatabase, limit: number) {
  return rawWalk(db, '[audience+receivedAt+reference]', IDBKeyRange.bound([OPEN_ROWS, MIN, MIN], [OPEN_ROWS, max(), max()]), 'prev', () => true, limit);
}

/** Overdue cases at one stage, of one category: the stage's range, the category tested on each row. */
export function rawStageCategoryOverdue(db: IDBDatabase, stage: string, category: string, today: string, limit: number) {
  return rawWalk(db, '[audience+stage+dueSort+reference]', IDBKeyRange.bound([OPEN_ROWS, stage, MIN, MIN], [OPEN_ROWS, stage, today, MIN], false, true), 'next', (row) => row.category === category, limit);
}

/** The counts of the tabs' ranges (All is not counted: one row says whether there is any case). */
export function rawTabCounts(db: IDBDatabase, userId: string, today: string, soonFrom: string, soonTo: string) {
  const rows = store(db);
  const count = (index: string, lower: unknown[], upper: unknown[], upperOpen = false) => done(rows.index(index).count(IDBKeyRange.bound(lower, upper, false, upperOpen)));
  // My cases counts its open cases: those with a deadline or none yet (NO_DEADLINE), not the finished ones after.
  const keys = (index: string) => done(rows.index(index).getAllKeys(IDBKeyRange.bound([OPEN_ROWS, userId, MIN, MIN], [OPEN_ROWS, userId, NO_DEADLINE, max()])));
  return Promise.all([
    keys('[audience+assigneeId+dueSort+reference]'),
    keys('[audience+recordedById+dueSort+reference]'),
    count('[audience+dueSort+reference]', [OPEN_ROWS, today, MIN], [OPEN_ROWS, today, max()]),
    count('[audience+dueSort+reference]', [OPEN_ROWS, MIN, MIN], [OPEN_ROWS, today, MIN], true),
    count('[audience+dueSort+reference]', [OPEN_ROWS, soonFrom, MIN], [OPEN_ROWS, soonTo, max()]),
    count('[audience+onHold+dueSort+reference]', [OPEN_ROWS, 1, MIN, MIN], [OPEN_ROWS, 1, NO_DEADLINE, max()]),
    done(rows.index('[audience+dueSort+reference]').getAll(IDBKeyRange.bound([OPEN_ROWS, MIN, MIN], [OPEN_ROWS, max(), max()]), 1)),
    done(rows.index('viewerIds').getAll(userId)),
  ]);
}

/** A search within a tab: the word's whole range walked until enough rows pass the tab's test. */
export function rawSearchWithin(db: IDBDatabase, word: string, test: (row: Record<string, unknown>) => boolean, limit: number) {
  return rawWalk(db, 'words', IDBKeyRange.bound(word, `${word}\uffff`), 'next', test, limit);
}
