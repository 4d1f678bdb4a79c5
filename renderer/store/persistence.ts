// Asks the browser to keep the desk's data (navigator.storage.persist) and reports how full the disk share is.

export interface StorageState {
  /** True when the browser promises not to clear the data when space runs low. */
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** For staff, when there is something to say; null when all is well. */
  warning: string | null;
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const NEARLY_FULL = 0.9;

/**
 * Requests persistent storage once at start-up. Never throws: a browser without the API, or one that says no,
 * gets a warning to show, and the desk carries on.
 */
export async function requestPersistentStorage(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageState> {
  if (!storage) {
    return { persisted: false, usageBytes: null, quotaBytes: null, warning: 'This browser cannot promise to keep the desk’s data: make backups often.' };
  }
  let persisted = false;
  try {
    persisted = (await storage.persisted()) || (await storage.persist());
  } catch {
    persisted = false;
  }
  let usageBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    const estimate = await storage.estimate();
    usageBytes = estimate.usage ?? null;
    quotaBytes = estimate.quota ?? null;
  } catch {
    // The estimate is only for the warning below.
  }
  let warning: string | null = null;
  if (usageBytes !== null && quotaBytes && usageBytes / quotaBytes > NEARLY_FULL) {
    warning = `The desk’s storage is ${Math.round((usageBytes / quotaBytes) * 100)}% full: free disk space soon, or new work cannot be saved.`;
  } else if (!persisted) {
    warning = 'The browser has not agreed to keep the desk’s data if the disk runs low on space: make backups often.';
  }
  return { persisted, usageBytes, quotaBytes, warning };
}
