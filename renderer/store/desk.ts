// The app's own database, opened once; persistent storage is asked for when it first opens.
import { activeDeskName } from './backup/active-desk';
import { ComplaintsDatabase } from './db';
import { requestPersistentStorage, type StorageState } from './persistence';

/** The desk's database: the one a restore last pointed at (see backup/active-desk.ts), else complaints-desk. */
export const db = new ComplaintsDatabase(activeDeskName(globalThis.localStorage));

let storage: Promise<StorageState> | null = null;

/** Asks once for persistent storage (when the app first reads or writes), and remembers the answer. */
export function deskStorage(): Promise<StorageState> {
  storage ??= requestPersistentStorage();
  return storage;
}

db.on('ready', () => {
  void deskStorage();
});

