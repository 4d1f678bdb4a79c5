// What the app bar says about the office server: connected, offline, signed out of it, too old; with the last
// time a pull completed and the first sync's progress. A tiny store that React reads with useSyncExternalStore.
import type { FirstSyncProgress } from './checkpoint';

export type SyncState = 'starting' | 'connected' | 'offline' | 'signed-out' | 'incompatible' | 'problem';

export interface SyncStatus {
  state: SyncState;
  /** ISO instant of the last pull applied, null before the first. */
  lastSyncedAt: string | null;
  /** While the first sync runs: the cases received so far of the total the server counted for this user. */
  firstSync: FirstSyncProgress | null;
  /** For 'incompatible' and 'problem': the server's or the desk's words. */
  message: string | null;
}

let current: SyncStatus = { state: 'starting', lastSyncedAt: null, firstSync: null, message: null };
const listeners = new Set<() => void>();

export function syncStatus(): SyncStatus {
  return current;
}

export function setSyncStatus(change: Partial<SyncStatus>): void {
  current = { ...current, ...change };
  for (const listener of listeners) listener();
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
