// A joined desk restored from a backup may hold cases that were reassigned away from its users, or made
// confidential, since the backup: the purge orders for them went only to desks whose checkpoint had seen the case,
// and the restored desk starts again from no checkpoint. So after a restore the desk names every case it holds
// (ids only, and only cases that reached the server: one with a provisional reference never did) and purges those
// the server says the signed-in user may not see now, before its first pull.
import { MAX_HELD_CASES } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';
import { isProvisionalReference } from '../references';
import { purgeCase } from './purge';
import { forgetRestored, wasRestored } from './restored-mark';

const HELD_SEALED_PREFIX = 'sealed-case:';

async function heldCaseIds(db: ComplaintsDatabase): Promise<string[]> {
  const readable = (await db.cases.toArray()).filter((c) => !isProvisionalReference(c.reference)).map((c) => c.id);
  const sealed = (await db.syncState.where('key').startsWith(HELD_SEALED_PREFIX).primaryKeys()).map((k) => k.slice(HELD_SEALED_PREFIX.length));
  return [...readable, ...sealed];
}

/**
 * When the desk was restored: asks the server (`ask`, as the signed-in user) which held cases to purge, purges
 * them through the one logged path, then forgets the mark. Returns how many were purged (0 when not restored).
 */
export async function purgeWhatIsNoLongerTheirs(db: ComplaintsDatabase, ask: (caseIds: string[]) => Promise<string[]>, now: string): Promise<number> {
  if (!(await wasRestored(db))) return 0;
  const held = await heldCaseIds(db);
  let purged = 0;
  for (let i = 0; i < held.length; i += MAX_HELD_CASES) {
    const batch = held.slice(i, i + MAX_HELD_CASES);
    const named = new Set(batch);
    for (const caseId of await ask(batch)) {
      // Only an id this desk named is ever acted on.
      if (!named.has(caseId)) continue;
      await purgeCase(db, { caseId, reason: 'purge-order' }, now);
      purged += 1;
    }
  }
  await forgetRestored(db);
  return purged;
}
