// The app's own database, opened once; persistent storage is asked for when it first opens.
import { ComplaintsDatabase } from './db';
import { requestPersistentStorage, type StorageState } from './persistence';

export const db = new ComplaintsDatabase();

let storage: Promise<StorageState> | null = null;

/** Asks once for persistent storage (when the app first reads or writes), and remembers the answer. */
export function deskStorage(): Promise<StorageState> {
  storage ??= requestPersistentStorage();
  return storage;
}

db.on('ready', () => {
  void deskStorage();
});

