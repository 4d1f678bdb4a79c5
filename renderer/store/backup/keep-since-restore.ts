// What a restore must not undo: who may sign in and with which role, and what was anonymised since the backup was
// made. The restored database is brought in line with the desk as it is now, before the desk is pointed at it.
import type { Table } from 'dexie';
import { ANONYMISED_CUSTOMER_PREFIX } from '../../../shared/policy/privacy/anonymised';
import type { ComplaintsDatabase } from '../db';
import { maxKey, MIN } from '../queries/keys';

export interface KeptSinceBackup {
  /** Accounts of the backup whose role, name or active status differ from the desk's now: the desk's are kept. */
  accountsKept: number;
  /** Accounts only the backup knows (not on the desk now): restored deactivated. */
  accountsDeactivated: number;
  /** Cases anonymised since the backup was made: they stay anonymised. */
  casesKeptAnonymised: number;
}

/**
 * Accounts as they are now, whatever the backup says: an account deactivated since stays deactivated, a role
 * changed since stays changed, and one the backup alone has comes back deactivated (it cannot sign in anyway).
 */
async function keepAccounts(target: ComplaintsDatabase, current: ComplaintsDatabase): Promise<Pick<KeptSinceBackup, 'accountsKept' | 'accountsDeactivated'>> {
  const [now, restored] = await Promise.all([current.users.toArray(), target.users.toArray()]);
  // A desk with no accounts at all (a new computer) has nothing to hold the backup's accounts against.
  if (now.length === 0) return { accountsKept: 0, accountsDeactivated: 0 };
  const nowById = new Map(now.map((u) => [u.id, u]));
  let accountsKept = 0;
  const onlyInBackup = [];
  for (const old of restored) {
    const kept = nowById.get(old.id);
    if (!kept) {
      if (old.active) onlyInBackup.push({ ...old, active: false });
    } else if (kept.role !== old.role || kept.active !== old.active || kept.name !== old.name) accountsKept += 1;
  }
  await target.users.bulkPut([...now, ...onlyInBackup]);
  return { accountsKept, accountsDeactivated: onlyInBackup.length };
}

/** The tables holding a case's own rows, keyed [caseId+id]. */
const perCaseTables = (db: ComplaintsDatabase) => [db.conversations, db.attachments, db.attachmentBlobs, db.consents, db.holds, db.referrals, db.improvementActions, db.letters] as Table<{ caseId: string }, [string, string]>[];

/** Every case anonymised on the desk now replaces the backup's copy of it, with its customer records. */
async function keepAnonymised(target: ComplaintsDatabase, current: ComplaintsDatabase): Promise<number> {
  const cases = await current.cases.where('customerId').startsWith(ANONYMISED_CUSTOMER_PREFIX).toArray();
  for (const c of cases) {
    await target.cases.put(c);
    const row = await current.caseRows.get(c.id);
    if (row) await target.caseRows.put(row);
    const customer = await current.customers.get(c.customerId);
    if (customer) await target.customers.put(customer);
    // The timeline only grows: the pages now are the backup's, anonymised, with the anonymise event after them.
    await target.timeline.bulkPut(await current.timeline.where('[caseId+page]').between([c.id, MIN], [c.id, maxKey()]).toArray());
    const targetTables = perCaseTables(target);
    for (const [i, table] of perCaseTables(current).entries()) {
      const into = targetTables[i];
      if (!into) continue;
      await into.where('[caseId+id]').between([c.id, MIN], [c.id, maxKey()]).delete();
      await into.bulkPut(await table.where('[caseId+id]').between([c.id, MIN], [c.id, maxKey()]).toArray());
    }
  }
  // A customer whose every case was anonymised is anonymised too; the backup's copy of them must not come back.
  await target.customers.bulkPut(await current.customers.filter((c) => c.anonymisedAt !== undefined).toArray());
  return cases.length;
}

export async function keepSinceBackup(target: ComplaintsDatabase, current: ComplaintsDatabase): Promise<KeptSinceBackup> {
  const accounts = await keepAccounts(target, current);
  const casesKeptAnonymised = await keepAnonymised(target, current);
  return { ...accounts, casesKeptAnonymised };
}
