// The version chain: Dexie is told only of the versions with an upgrade and the newest (schema/versions.ts), so a
// database written by any older version must still end with exactly the tables and indexes a new one is built with.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../../../renderer/store/db';
import { declaredVersions, schemaVersions, storesAt } from '../../../renderer/store/schema/versions';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

interface StoreShape {
  keyPath: string | string[] | null;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The object stores and indexes IndexedDB itself holds, read without Dexie. */
function installedShape(name: string): Promise<Record<string, StoreShape>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const storeNames = [...db.objectStoreNames];
      const tx = db.transaction(storeNames, 'readonly');
      const shape: Record<string, StoreShape> = {};
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        const indexes = [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        shape[storeName] = { keyPath: store.keyPath, indexes };
      }
      db.close();
      resolve(shape);
    };
  });
}

async function openAt(name: string, schemaVersion?: number): Promise<void> {
  names.push(name);
  const db = new ComplaintsDatabase(name, schemaVersion === undefined ? {} : { schemaVersion });
  await db.open();
  db.close();
}

describe('the declared versions', () => {
  it('are the ones with an upgrade, then the newest, each with every table as it stands then', () => {
    expect(declaredVersions(LATEST_SCHEMA_VERSION).map((v) => v.version)).toEqual([2, 5, 6]);
    expect(declaredVersions(3).map((v) => v.version)).toEqual([2, 3]);
    expect(declaredVersions(1).map((v) => v.version)).toEqual([1]);
    expect(Object.keys(storesAt(1))).not.toContain('drafts');
    expect(Object.keys(storesAt(3))).toContain('drafts');
    expect(storesAt(LATEST_SCHEMA_VERSION).caseRows).toContain('[audience+onHold+dueSort+reference]');
    expect(storesAt(LATEST_SCHEMA_VERSION).cases).toContain('closeRecord.closedAt');
    // Versions rise, with gaps allowed (each branch of work owns its number); the latest is the highest.
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.at(-1)).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('a database from every older version', () => {
  it('ends with the same tables and indexes as one created new', async () => {
    const fresh = `store-chain-fresh-${crypto.randomUUID()}`;
    await openAt(fresh);
    const expected = await installedShape(fresh);
    expect(Object.keys(expected)).toHaveLength(Object.keys(storesAt(LATEST_SCHEMA_VERSION)).length);
    for (const { version: from } of schemaVersions.filter((v) => v.version < LATEST_SCHEMA_VERSION)) {
      const name = `store-chain-${from}-${crypto.randomUUID()}`;
      await openAt(name, from);
      const before = await installedShape(name);
      expect(before, `version ${from} is built with its own tables`).not.toEqual(expected);
      await openAt(name);
      expect(await installedShape(name), `upgraded from version ${from}`).toEqual(expected);
    }
  });

  it('each intermediate version is a real step: version k has tables or indexes version k-1 lacks', async () => {
    let previous: Record<string, StoreShape> | null = null;
    for (const { version } of schemaVersions) {
      const name = `store-chain-step-${version}-${crypto.randomUUID()}`;
      await openAt(name, version);
      const shape = await installedShape(name);
      if (previous) expect(shape, `version ${version}`).not.toEqual(previous);
      previous = shape;
    }
  });
});
