// A Dexie middleware that seals the rows of complaints about staff (and every draft) on their way into IndexedDB
// and opens them on their way out, inside the transaction, with the session's keys. A sealed row this session
// cannot open is not returned at all; writing a row that must be sealed without its key is refused.
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { open as openAsync, openBytesNow, openNow, sealBytesNow, sealNow, type SealedScope } from '../../../shared/sealed';
import type { Keyring } from './keyring';
import { isSealedRow, sealedTables, type Owner, type SealedRow, type SealedTable } from './sealed-tables';
import { registerBlobBytes, takeBlobBytes } from './blob-bytes';

type Row = Record<string, unknown>;

export class SealedWriteError extends Error {
  override readonly name = 'SealedWriteError';
}

function scopeOf(table: string, spec: SealedTable, row: Row, owner: Owner): SealedScope {
  return { table, rowId: spec.rowId(row), caseId: owner.kind === 'case' ? owner.caseId : `personal:${owner.userId}` };
}

function keyFor(ring: Keyring, owner: Owner, purpose: 'seal' | 'open'): Uint8Array | undefined {
  if (owner.kind === 'personal') return ring.personalKeyOf(owner.userId);
  return purpose === 'seal' ? ring.sealingKey(owner.caseId) : ring.openingKey(owner.caseId);
}

function sealRow(ring: Keyring, table: string, spec: SealedTable, row: Row): Row {
  const owner = spec.ownerOf(row, ring);
  if (!owner) return row;
  const key = keyFor(ring, owner, 'seal');
  if (!key) throw new SealedWriteError(`This desk does not hold the key of this confidential record (${table}): it was not saved`);
  const scope = scopeOf(table, spec, row, owner);
  const { [spec.blobField ?? '\u0000']: blob, ...rest } = row;
  const sealed: SealedRow = { ...spec.clear(row, owner), sealed: sealNow(key, scope, { ...rest, ...(blob instanceof Blob ? { blobType: blob.type } : {}) }) };
  if (spec.blobField && blob instanceof Blob) sealed.sealedBytes = sealBytesNow(key, { ...scope, table: `${table}:bytes` }, takeBlobBytes(blob));
  if (owner.kind === 'case') ring.sealedCases.add(owner.caseId);
  // A reader's own write is remembered as opened (this session holds its key), so reading it back later in this
  // transaction or the session does not decrypt what was just encrypted. The recording desk's seal-only key opens nothing.
  if (!spec.blobField && (owner.kind === 'personal' || ring.openingKey(owner.caseId))) ring.remember(cacheKeyOf(table, scope), sealed.sealed.iv, openedForm(rest, sealed));
  return sealed;
}

const cacheKeyOf = (table: string, scope: SealedScope) => `${table}\u0000${scope.caseId}\u0000${scope.rowId}`;

/** A row as reading it gives it: the index's stand-in for the reference stays with it, for paging (queries/plan.ts). */
function openedForm(row: Row, stored: SealedRow): Row {
  return typeof stored.sortReference === 'string' ? { ...row, sortReference: stored.sortReference } : row;
}

/** The row opened, or undefined when this session holds no key for it (or it does not open: changed bytes). */
function openRow(ring: Keyring, table: string, spec: SealedTable, stored: unknown): unknown {
  if (!isSealedRow(stored)) return stored;
  const owner = spec.storedOwner(stored);
  if (owner.kind === 'case') {
    ring.sealedCases.add(owner.caseId);
    if (table === 'customers') ring.sealedCustomers.set(String(stored.id), owner.caseId);
  }
  const key = keyFor(ring, owner, 'open');
  if (!key) return undefined;
  const scope = scopeOf(table, spec, stored, owner);
  const cacheKey = cacheKeyOf(table, scope);
  const hit = ring.cached(cacheKey, stored.sealed.iv);
  if (hit !== undefined) return hit;
  try {
    const { blobType, ...row } = openNow<Row & { blobType?: string }>(key, scope, stored.sealed);
    if (spec.blobField && stored.sealedBytes) {
      const bytes = openBytesNow(key, { ...scope, table: `${table}:bytes` }, stored.sealedBytes);
      // Its bytes stay known, so the row can be sealed again inside a transaction (a case key's rotation).
      row[spec.blobField] = registerBlobBytes(new Blob([bytes], { type: blobType ?? '' }), bytes);
    }
    if (!spec.blobField) {
      const opened = openedForm(row, stored);
      ring.remember(cacheKey, stored.sealed.iv, opened);
      return opened;
    }
    return row;
  } catch {
    return undefined;
  }
}

/**
 * Opens a stored sealed row with WebCrypto (native, several times faster than the synchronous AES that must run
 * inside a transaction) and remembers it for the session, so that a transaction reading it next finds it opened.
 * For rows read as stored, outside any transaction that needs them; a row this session cannot open is left alone.
 */
export async function openAhead(ring: Keyring, table: string, stored: unknown): Promise<Row | undefined> {
  const spec = sealedTables[table];
  if (!spec || spec.blobField || !isSealedRow(stored)) return undefined;
  const owner = spec.storedOwner(stored);
  const key = keyFor(ring, owner, 'open');
  if (!key) return undefined;
  const scope = scopeOf(table, spec, stored, owner);
  const cacheKey = cacheKeyOf(table, scope);
  const hit = ring.cached(cacheKey, stored.sealed.iv);
  if (hit !== undefined) return hit as Row;
  try {
    const opened = openedForm(await openAsync<Row>(key, scope, stored.sealed), stored);
    ring.remember(cacheKey, stored.sealed.iv, opened);
    return opened;
  } catch {
    // Changed bytes or a wrong key: the transaction's own read refuses it as before.
    return undefined;
  }
}

function sealMutation(ring: Keyring, name: string, spec: SealedTable, req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  return { ...req, values: req.values.map((v) => sealRow(ring, name, spec, v as Row)) };
}

/**
 * A cursor whose value is the opened row, stepping over rows this session cannot open. The browser's IDBCursor
 * getters (key, primaryKey) refuse any object but the cursor itself ("Illegal invocation"), so the stand-in reads
 * them from the cursor: Dexie's anyOf and other range walks read the key.
 */
export function openingCursor(cursor: DBCoreCursor, open: (v: unknown) => unknown): DBCoreCursor {
  let current: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => current },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          current = open(cursor.value);
          if (current === undefined && cursor.value !== undefined) {
            cursor.continue();
            return;
          }
          onNext();
        }),
    },
  }) as DBCoreCursor;
}

/** Rows go as stored in a backup's export (marked raw) and in a schema upgrade, which rebuilds rows as they are. */
function asStored(ring: Keyring, trans: unknown): boolean {
  return ring.isRaw(trans as object) || (trans as { mode?: string }).mode === 'versionchange';
}

function sealedTable(ring: Keyring, name: string, spec: SealedTable, table: DBCoreTable): DBCoreTable {
  const open = (v: unknown) => openRow(ring, name, spec, v);
  return {
    ...table,
    mutate: (req) => table.mutate(asStored(ring, req.trans) ? req : sealMutation(ring, name, spec, req)),
    // .then, not async/await: Dexie's own promises carry the transaction's zone, a native await would drop it.
    get: (req) => (asStored(ring, req.trans) ? table.get(req) : table.get(req).then(open)),
    getMany: (req) => (asStored(ring, req.trans) ? table.getMany(req) : table.getMany(req).then((rows) => rows.map(open))),
    query: (req) =>
      asStored(ring, req.trans) || !req.values
        ? table.query(req)
        : table.query(req).then((res) => ({ ...res, result: res.result.map(open).filter((v) => v !== undefined) })),
    openCursor: (req) =>
      asStored(ring, req.trans) || req.values === false ? table.openCursor(req) : table.openCursor(req).then((cursor) => cursor && openingCursor(cursor, open)),
  };
}

/** The middleware, bound to one database's keyring. Sits just above Dexie's own (level 0) so live queries see stored keys. */
export function sealingMiddleware(ring: Keyring): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealedRecords',
    level: 0.5,
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string) {
          const table = down.table(name);
          const spec = sealedTables[name];
          return spec ? sealedTable(ring, name, spec, table) : table;
        },
      };
    },
  };
}
