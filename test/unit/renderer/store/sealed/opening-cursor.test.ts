// The sealed-records cursor stand-in: its key and primary key come from the cursor itself, as Chromium's IDBCursor
// getters refuse any other object (the reply-to-a-case look-up, an anyOf walk, failed with "Illegal invocation").
import type { DBCoreCursor } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openingCursor } from '../../../../../renderer/store/sealed/sealing-middleware';

/** Like the browser's IDBCursor: key and primaryKey are getters that work only on the cursor object itself. */
class BrandCheckedCursor {
  readonly #key: string;
  readonly #primaryKey: string;
  constructor(key: string, primaryKey: string, readonly value: unknown) {
    this.#key = key;
    this.#primaryKey = primaryKey;
  }
  get key(): string {
    return this.#key;
  }
  get primaryKey(): string {
    return this.#primaryKey;
  }
  start(onNext: () => void): Promise<void> {
    onNext();
    return Promise.resolve();
  }
  continue(): void {}
}

describe('openingCursor', () => {
  it('reads the key and primary key from the cursor, and gives the opened row as its value', async () => {
    const cursor = new BrandCheckedCursor('<dd-1@example.co.uk>', 'attachment-1', { stored: true });
    const opened = openingCursor(cursor as unknown as DBCoreCursor, () => ({ opened: true }));
    expect(opened.key).toBe('<dd-1@example.co.uk>');
    expect(opened.primaryKey).toBe('attachment-1');
    await opened.start(() => undefined);
    expect(opened.value).toEqual({ opened: true });
  });
});
