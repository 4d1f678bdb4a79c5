// Case keys on the desk: who may hold a complaint about staff's key (derived from the policy's caseAudience), the
// session's keys at sign-in, and wrapping a case's key for a new reader or removing a reader's wrap.
import type { ComplaintCase, User } from '../../../shared/model';
import { confidentialityFacts } from '../../../shared/model';
import { caseAudience, inAudience, type ConfidentialityFacts } from '../../../shared/policy';
import { fromBase64, newContentKey, SERVICE_RECIPIENT, unwrap, wrapFor, wrapPersonal, type Recipient, type UnlockedKeys, type WrappedKey } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import type { CaseKeyRow } from '../schema/v8';

/** Where a desk joined to an office server keeps the public keys of staff who never signed in at it (store/sync/apply.ts). */
export const publicKeySyncKey = (userId: string) => `public-key:${userId}`;

/** Every public key this desk knows: its own accounts' key records, and those the office server sent. */
async function knownPublicKeys(db: ComplaintsDatabase): Promise<Map<string, Uint8Array>> {
  const [keys, sent] = await Promise.all([
    db.userKeys.toArray(),
    db.syncState ? db.syncState.where('key').startsWith(publicKeySyncKey('')).toArray() : Promise.resolve([]),
  ]);
  const known = new Map<string, Uint8Array>();
  for (const k of keys) if (!k.awaitingGrant) known.set(k.userId, k.publicKey);
  // On a joined desk the key it accepted from the server is the one trusted (store/sync/key-trust.ts).
  for (const r of sent) if (typeof r.value === 'string') known.set(r.key.slice(publicKeySyncKey('').length), fromBase64(r.value));
  // Keys made by a password reset receive no case key until a complaints manager's grant.
  for (const k of keys) if (k.awaitingGrant) known.delete(k.userId);
  return known;
}

export async function publicKeyOf(db: ComplaintsDatabase, userId: string): Promise<Uint8Array | undefined> {
  return (await knownPublicKeys(db)).get(userId);
}

/**
 * Everyone the policy lets read a case with these facts, whose public key this desk knows (active accounts only)
 * and is not awaiting a complaints manager's grant after a password reset.
 */
export async function readersOf(db: ComplaintsDatabase, facts: ConfidentialityFacts): Promise<Recipient[]> {
  const audience = caseAudience(facts);
  const [users, publicKeys] = await Promise.all([db.users.toArray(), knownPublicKeys(db)]);
  return users
    .filter((u: User) => u.active && inAudience({ userId: u.id, role: u.role }, audience) && publicKeys.has(u.id))
    .map((u) => ({ id: u.id, publicKey: publicKeys.get(u.id)! }))
    .concat(await serviceRecipient(db));
}

/** The office server's service key, once a server is set (its public key in the settings, base64). */
async function serviceRecipient(db: ComplaintsDatabase): Promise<Recipient[]> {
  const value = (await db.settings.get(SERVICE_KEY_SETTING))?.value;
  return typeof value === 'string' ? [{ id: SERVICE_RECIPIENT, publicKey: fromBase64(value) }] : [];
}

export const SERVICE_KEY_SETTING = 'sealing.servicePublicKey';

export const NO_READER =
  'No complaints manager on this desk can read a complaint about staff yet: a complaints manager must sign in once so that their keys are made, or be given access again after a password reset. Nothing was saved.';

/** A new case key and its wraps, made before the transaction that records the case (WebCrypto cannot wait inside it). */
export interface SealingPlan {
  caseId: string;
  key: Uint8Array;
  rows: CaseKeyRow[];
  /** True when the recording user is one of the readers (a complaints manager recording it). */
  recorderReads: boolean;
}

export async function planSealing(db: ComplaintsDatabase, caseId: string, facts: ConfidentialityFacts, now: string): Promise<SealingPlan | { ok: false; missing: string[] }> {
  const readers = await readersOf(db, facts);
  if (!readers.some((r) => r.id !== SERVICE_RECIPIENT)) return { ok: false, missing: [NO_READER] };
  const key = newContentKey();
  const wraps = await Promise.all(readers.map((r) => wrapFor(key, caseId, r)));
  const rows = wraps.map((wrap) => ({ caseId, recipientId: wrap.recipientId, wrap, by: facts.recordedById, at: now }));
  return { caseId, key, rows, recorderReads: readers.some((r) => r.id === facts.recordedById) };
}

/** Inside the recording transaction: stores the wraps and lets this window seal the case (and open it only if a reader). */
export async function applySealingPlan(db: ComplaintsDatabase, plan: SealingPlan): Promise<void> {
  // A window holds the key only when someone unlocked in it is a reader (on a desk, the one signed-in user).
  if (plan.rows.some((r) => db.keyring.users.has(r.recipientId))) db.keyring.holdKey(plan.caseId, plan.key);
  else db.keyring.sealWithout(plan.caseId, plan.key);
  await db.caseKeys.bulkPut(plan.rows);
}

/** After the recording transaction: a recorder who may not read the case forgets its key. */
export function endSealingPlan(db: ComplaintsDatabase, plan: SealingPlan): void {
  db.keyring.forgetSealOnly(plan.caseId);
}

/**
 * Starts a session's keys after sign-in: every wrap for this user is loaded; those wrapped to their public key by
 * someone else are opened once and kept as personal wraps, so later sign-ins open them without ECDH.
 */
export async function startKeySession(db: ComplaintsDatabase, unlocked: UnlockedKeys, now: string): Promise<{ cases: number }> {
  const ring = db.keyring;
  ring.forgetAll();
  ring.unlock(unlocked);
  return loadWraps(db, unlocked, now);
}

/** Loads (again) this user's wraps: after a grant or an assignment made in another window. */
export async function loadWraps(db: ComplaintsDatabase, unlocked: UnlockedKeys, now: string): Promise<{ cases: number }> {
  const rows = await db.caseKeys.where('recipientId').equals(unlocked.userId).toArray();
  const adopted: CaseKeyRow[] = [];
  for (const row of rows) {
    if (row.wrap.alg === 'A256KW') {
      db.keyring.addWrap(row.caseId, row.wrap);
      continue;
    }
    try {
      const key = await unwrap(row.wrap, unlocked);
      const wrap = wrapPersonal(key, row.caseId, unlocked.userId, unlocked.personalKey);
      db.keyring.addWrap(row.caseId, wrap);
      adopted.push({ ...row, wrap, at: now });
    } catch {
      // A wrap for an old key pair (before a password reset) opens for nobody: it waits for a re-grant.
    }
  }
  if (adopted.length > 0) await db.caseKeys.bulkPut(adopted);
  return { cases: rows.length };
}

/** Wraps the key of every case this session holds for `userId`, where the policy lets them read it: the cases granted. */
export async function grantReader(db: ComplaintsDatabase, by: UnlockedKeys, user: User, now: string): Promise<string[]> {
  const keys = await db.userKeys.get(user.id);
  // A complaints manager's grant is what lets keys made by a reset receive case keys again.
  if (keys?.awaitingGrant && user.active) {
    const { awaitingGrant: _held, ...trusted } = keys;
    await db.userKeys.put(trusted);
  }
  const publicKey = await publicKeyOf(db, user.id);
  if (!publicKey || !user.active) return [];
  const held = await db.caseKeys.where('recipientId').equals(by.userId).toArray();
  const rows: CaseKeyRow[] = [];
  for (const row of held) {
    const key = db.keyring.openingKey(row.caseId);
    const c = await db.cases.get(row.caseId);
    if (!key || !c || !inAudience({ userId: user.id, role: user.role }, caseAudience(confidentialityFacts(c)))) continue;
    rows.push({ caseId: row.caseId, recipientId: user.id, wrap: await wrapFor(key, row.caseId, { id: user.id, publicKey }), by: by.userId, at: now });
  }
  await db.caseKeys.bulkPut(rows);
  return rows.map((r) => r.caseId);
}

/** The wrap for a newly assigned investigator, made before the transaction that assigns them. */
export async function wrapForInvestigator(db: ComplaintsDatabase, c: ComplaintCase, investigatorId: string, byId: string, now: string): Promise<CaseKeyRow | null> {
  const key = db.keyring.openingKey(c.id);
  const publicKey = await publicKeyOf(db, investigatorId);
  if (!key || !publicKey) return null;
  const facts = { ...confidentialityFacts(c), investigatorId };
  if (!caseAudience(facts).userIds.includes(investigatorId)) return null;
  const wrap: WrappedKey = await wrapFor(key, c.id, { id: investigatorId, publicKey });
  return { caseId: c.id, recipientId: investigatorId, wrap, by: byId, at: now };
}

/**
 * Inside the transaction that changed a case: the case's wraps follow its audience. A reader the policy no longer
 * allows (an investigator removed or replaced, a manager named in it) loses their wrap; `added` joins.
 */
export async function followAudience(db: ComplaintsDatabase, after: ComplaintCase, added: CaseKeyRow | null): Promise<void> {
  if (!db.keyring.sealedCases.has(after.id)) return;
  const audience = caseAudience(confidentialityFacts(after));
  const rows = await db.caseKeys.where('[caseId+recipientId]').between([after.id, ''], [after.id, '\uffff']).toArray();
  const users = new Map((await db.users.bulkGet(rows.map((r) => r.recipientId))).filter((u): u is User => !!u).map((u) => [u.id, u]));
  const gone = rows.filter((r) => {
    const u = users.get(r.recipientId);
    return u !== undefined && !inAudience({ userId: u.id, role: u.role }, audience);
  });
  if (gone.length > 0) await db.caseKeys.bulkDelete(gone.map((r): [string, string] => [r.caseId, r.recipientId]));
  const joining = added ? await db.users.get(added.recipientId) : undefined;
  if (added && joining && inAudience({ userId: joining.id, role: joining.role }, audience)) await db.caseKeys.put(added);
}
