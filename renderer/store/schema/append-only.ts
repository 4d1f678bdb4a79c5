// A Dexie middleware that makes the timeline append-only: a page may gain events at its end, and anonymising a
// case may replace an event's content with its anonymised form (keeping the original's hash), nothing else.
// The one exception: a purge order from the office server (store/sync/purge.ts) removes a whole case from the
// desk, in a transaction it marks here, and logs that it did.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { TimelineAppendOnlyError } from '../errors';
import { canonicalJson, isRedactionOf } from '../timeline/chain';
import type { TimelinePage } from './records';
import type { JsonValue } from '../../../shared/model';

export const APPEND_ONLY_TABLE = 'timeline';

/** The IndexedDB transactions of purge orders being carried out (store/sync/purge.ts): they alone may delete. */
export const purgeTransactions = new WeakSet<object>();

/**
 * The IndexedDB transactions of a restore replaying an automatic backup chain into a new database, not yet the desk
 * (backup/restore-chain.ts): the pages are the desk's own, as stored (sealed ones sealed, which this guard cannot
 * read), and the restored timeline is checked whole before the desk is pointed at it.
 */
export const replayTransactions = new WeakSet<object>();

const same = (a: unknown, b: unknown) => canonicalJson(a as JsonValue) === canonicalJson(b as JsonValue);

/** True when `next` holds every event of `stored`, unchanged (or redacted) and in the same places, plus any new ones after. */
export function extendsPage(stored: TimelinePage, next: TimelinePage): boolean {
  return (
    next.events.length >= stored.events.length &&
    stored.events.every((event, i) => {
      const now = next.events[i];
      return same(event, now) || (now !== undefined && isRedactionOf(event, now));
    })
  );
}

async function checkPuts(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'put' }>): Promise<void> {
  const values = req.values as TimelinePage[];
  const keys = req.keys ?? values.map((v) => table.schema.primaryKey.extractKey?.(v));
  const stored = (await table.getMany({ trans: req.trans, keys })) as (TimelinePage | undefined)[];
  stored.forEach((page, i) => {
    const next = values[i];
    if (page && next && !extendsPage(page, next)) throw new TimelineAppendOnlyError('change to stored events');
  });
}

export const appendOnlyTimeline: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'appendOnlyTimeline',
  create(down: DBCore): DBCore {
    return {
      ...down,
      table(name: string) {
        const table = down.table(name);
        if (name !== APPEND_ONLY_TABLE) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            if (replayTransactions.has(req.trans)) return table.mutate(req);
            if ((req.type === 'delete' || req.type === 'deleteRange') && !purgeTransactions.has(req.trans)) throw new TimelineAppendOnlyError(req.type);
            if (req.type === 'put') await checkPuts(table, req);
            return table.mutate(req);
          },
        };
      },
    };
  },
};
