// Errors the store raises on purpose, and the translation of a full disk into one clear message.

/** The disk (or the browser's share of it) is full: the write was rolled back, so nothing was half-saved. */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  constructor(cause?: unknown) {
    super(
      'This computer has run out of space for the Complaints Desk, so the change was not saved. Nothing was lost: ' +
        'everything saved before is intact. Free some disk space (or ask the administrator to archive old cases), then try again.',
      { cause },
    );
  }
}

/** Someone tried to change or delete a timeline event: the timeline only ever grows. */
export class TimelineAppendOnlyError extends Error {
  override readonly name = 'TimelineAppendOnlyError';
  constructor(operation: string) {
    super(`Timeline events are never changed or deleted (refused a ${operation}): record a correction as a new event instead`);
  }
}

/** An attachment the store will not take: too big, empty, or not a file. */
export class AttachmentRefusedError extends Error {
  override readonly name = 'AttachmentRefusedError';
}

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const e = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    if (Array.isArray(e.failures)) chain.push(...e.failures);
    current = e.inner ?? e.cause;
  }
  return chain;
}

/** True for QuotaExceededError from IndexedDB, whether raw, wrapped by Dexie (inner) or inside an abort. */
export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((e) => {
    const named = e as { name?: unknown; message?: unknown };
    return named?.name === 'QuotaExceededError' || (typeof named?.message === 'string' && /quota/i.test(named.message));
  });
}

/** Runs a write and turns a full disk into StoreFullError; other errors pass through unchanged. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StoreFullError) throw error;
    if (isQuotaError(error)) throw new StoreFullError(error);
    throw error;
  }
}
