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

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse | undefined): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return (res?.results ?? req.keys ?? (req.type === 'put' ? req.updates?.keys : undefined) ?? []) as unknown[];
    case 'delete':
      return req.keys;
    case 'deleteRange': {
      // The keys are found before the range goes: a journal entry names each row deleted.
      const found = await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false });
      return found.result as unknown[];
    }
  }
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
          async mutate(req: DBCoreMutateRequest) {
            if (!journals(req.trans)) return table.mutate(req);
            const deleted = req.type === 'deleteRange' ? await keysOf(table, req, undefined) : undefined;
            const res = await table.mutate(req);
            const keys = deleted ?? (await keysOf(table, req, res));
            const entries: ChangeJournalEntry[] = keys.filter((key) => key !== undefined).map((key) => ({ table: name, key }));
            if (entries.length > 0) await journal.mutate({ type: 'add', trans: req.trans, values: entries });
            return res;
          },
        };
      },
    };
  },
};
