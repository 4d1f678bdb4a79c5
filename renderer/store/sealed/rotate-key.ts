// A new key for a complaint about staff when someone loses the right to read it (an investigator removed or
// replaced, a reader named in it): everything of the case is sealed again under the new key, wrapped only for the
// readers the policy still allows, so a wrap kept from before (a copy of the desk, a backup) opens nothing written after.
import type { ComplaintCase, User } from '../../../shared/model';
import { confidentialityFacts } from '../../../shared/model';
import { caseAudience, inAudience } from '../../../shared/policy';
import { newContentKey, SERVICE_RECIPIENT, wrapFor } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import { childTables } from '../projections/children';
import { maxKey, MIN } from '../queries/keys';
import type { CaseKeyRow } from '../schema/v8';
import { readersOf } from './case-keys';

/** Made before the transaction of the change (WebCrypto cannot wait inside it). */
export interface KeyRotation {
  caseId: string;
  /** The version of the case it was planned against. */
  version: number;
  key: Uint8Array;
  rows: CaseKeyRow[];
}

const wrapsOf = (db: ComplaintsDatabase, caseId: string) => db.caseKeys.where('[caseId+recipientId]').between([caseId, ''], [caseId, '\uffff']);

/**
 * The rotation a change needs, or null: when a user holding a wrap of this case's key may not read the case as it
 * will be after the change. Only a session that holds the key can rotate it.
 */
export async function planKeyRotation(db: ComplaintsDatabase, version: number, after: ComplaintCase, byId: string, now: string): Promise<KeyRotation | null> {
  if (!db.keyring.sealedCases.has(after.id) || !db.keyring.hasCaseKey(after.id)) return null;
  const audience = caseAudience(confidentialityFacts(after));
  const wraps = await wrapsOf(db, after.id).toArray();
  const users = new Map((await db.users.bulkGet(wraps.map((r) => r.recipientId))).filter((u): u is User => !!u).map((u) => [u.id, u]));
  const losing = wraps.some((r) => {
    const user = users.get(r.recipientId);
    return r.recipientId !== SERVICE_RECIPIENT && (!user || !inAudience({ userId: user.id, role: user.role }, audience));
  });
  if (!losing) return null;
  const readers = await readersOf(db, confidentialityFacts(after));
  const key = newContentKey();
  const rows = await Promise.all(readers.map(async (r) => ({ caseId: after.id, recipientId: r.id, wrap: await wrapFor(key, after.id, r), by: byId, at: now })));
  return { caseId: after.id, version, key, rows };
}

/**
 * Inside the transaction of the change, before the case itself is written: every row of the case is read with the
 * old key, the session changes to the new one, and the rows are written again (the middleware seals them under it).
 * The case's wraps become the new ones only; the case and its list row are written by the change after this.
 */
export async function rotateCaseKey(db: ComplaintsDatabase, rotation: KeyRotation, customerId: string): Promise<void> {
  const { caseId } = rotation;
  const range = (name: string) => db.table(name).where('[caseId+id]').between([caseId, MIN], [caseId, maxKey()]).toArray();
  const pages = await db.timeline.where('[caseId+page]').between([caseId, MIN], [caseId, maxKey()]).toArray();
  const children = await Promise.all([...childTables, 'attachmentBlobs'].map(async (name) => [name, await range(name)] as const));
  const customer = db.keyring.sealedCustomers.get(customerId) === caseId ? await db.customers.get(customerId) : undefined;
  db.keyring.dropKey(caseId);
  db.keyring.holdKey(caseId, rotation.key);
  await db.timeline.bulkPut(pages);
  for (const [name, rows] of children) if (rows.length > 0) await db.table(name).bulkPut(rows);
  if (customer) await db.customers.put(customer);
  await wrapsOf(db, caseId).delete();
  await db.caseKeys.bulkPut(rotation.rows);
}
