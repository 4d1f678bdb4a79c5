// A desk with no automatic backup chain (the browser build, or before the first automatic backup) keeps no journal.
import type Dexie from 'dexie';

/** Empties the change journal when no chain is being written or started; runs (as VIP) when the database opens. */
export async function forgetJournalWithoutChain(db: Dexie): Promise<void> {
  if (!db.tables.some((t) => t.name === 'changeJournal')) return;
  const journal = db.table('changeJournal');
  const chain = db.table('backupChain');
  if ((await chain.count()) > 0 || (await journal.count()) === 0) return;
  await db.transaction('rw', journal, chain, async () => {
    if ((await chain.count()) === 0) await journal.clear();
  });
}
