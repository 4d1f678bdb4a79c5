// A Dexie middleware that journals every row written or deleted (its table and key) in the same transaction, for
// the incremental automatic backups (backup/chain-segment.ts). Why a journal: see schema/v21.ts.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { CHANGE_JOURNAL, UNJOURNALLED_TABLES, type ChangeJournalEntry } from '../schema/v21';

interface IdbScope {
  mode?: string;
  objectStoreNames?: { contains(name: string): boolean };
}

/** Journals only in ordinary read-write transactions that hold the journal: never in a schema upgrade. */
function journals(trans: unknown): boolean {
  const scope = trans as IdbScope;
  return scope.mode === 'readwrite' && scope.objectStoreNames?.contains(CHANGE_JOURNAL) === true;
}

function putOrDeleteKeys(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  switch (req.type) {
    case 'add':
    case 'put':
      return (res.results ?? req.keys ?? (req.type === 'put' ? req.updates?.keys : undefined) ?? []) as unknown[];
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return [];
  }
}

/** The keys a range delete will remove, found before the range goes: a journal entry names each row deleted. */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest & { type: 'deleteRange' }): Promise<unknown[]> {
  return table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false }).then((found) => found.result as unknown[]);
}

export const changeJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeJournal',
  create(down: DBCore): DBCore {
    const hasJournal = down.schema.tables.some((t) => t.name === CHANGE_JOURNAL);
    if (!hasJournal) return down;
    const journal = down.table(CHANGE_JOURNAL);
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every read-write transaction holds the journal, so its entries and the rows they name commit together.
        const scope = mode === 'readwrite' && !stores.includes(CHANGE_JOURNAL) ? [...stores, CHANGE_JOURNAL] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name: string) {
        const table = down.table(name);
        if (UNJOURNALLED_TABLES.includes(name)) return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (!journals(req.trans)) return table.mutate(req);
            // Plain promise chains, no async steps of its own: every extra native tick inside a transaction spends
            // Dexie's budget for carrying the transaction across native awaits in the caller (PrematureCommitError).
            const journalled = (keys: unknown[], res: DBCoreMutateResponse): Promise<DBCoreMutateResponse> => {
              const entries: ChangeJournalEntry[] = keys.filter((key) => key !== undefined).map((key) => ({ table: name, key }));
              return entries.length > 0 ? journal.mutate({ type: 'add', trans: req.trans, values: entries }).then(() => res) : Promise.resolve(res);
            };
            if (req.type === 'deleteRange') {
              return keysOf(table, req).then((deleted) => table.mutate(req).then((res) => journalled(deleted, res)));
            }
            return table.mutate(req).then((res) => journalled(putOrDeleteKeys(req, res), res));
          },
        };
      },
    };
  },
};
