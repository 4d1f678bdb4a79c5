// The desk's IndexedDB read raw, as anyone at the desk could with indexedDB.open: every store, every row, as text
// in which ciphertext bytes appear only as hex (so a name can only be found where it is stored in clear).
import type { ComplaintsDatabase } from '../../../../renderer/store/db';

function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('hex')}`;
    if (v instanceof ArrayBuffer) return `bytes:${Buffer.from(v).toString('hex')}`;
    return v;
  });
}

async function blobText(value: unknown): Promise<string> {
  if (value instanceof Blob) return Buffer.from(await value.arrayBuffer()).toString('latin1') + Buffer.from(await value.arrayBuffer()).toString('utf8');
  if (Array.isArray(value)) return (await Promise.all(value.map(blobText))).join(' ');
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) return (await Promise.all(Object.values(value).map(blobText))).join(' ');
  return '';
}

/** Every row of every store of the database, through the plain IndexedDB API (no Dexie, no keys). */
export async function rawDesk(db: ComplaintsDatabase): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const parts: string[] = [];
  for (const name of [...idb.objectStoreNames]) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = idb.transaction(name, 'readonly').objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    parts.push(`${name}:${asText(rows)}`, await blobText(rows));
  }
  idb.close();
  return parts.join('\n');
}
