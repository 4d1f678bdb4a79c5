// The outbox: the desk's own changes the server has not accepted yet, in the order they were made, each pushed
// with the case version it was made on. A change the server refused stays, with the policy's words, until the
// person who made it has read them (what they typed is never lost).
import type { JsonValue } from '../../../shared/model';
import { envelopeFromJson, envelopeToJson, openNow, sealNow, type SealedEnvelopeJson } from '../../../shared/sealed';
import { pushChange, type PushChange } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';
import type { OutboxRecord } from '../schema/v13';
import { MAX_PUSH_CHANGES } from '../../../shared/sync';

/**
 * A change to a complaint about staff, and the case as it was before, sealed under its maker's personal key
 * (docs/sealed-records.md), so that no readable copy of it is written to this desk; their next sign-in opens it.
 */
export interface SealedBody {
  sealedForUser: SealedEnvelopeJson;
}

interface Held {
  change: PushChange;
  before?: JsonValue;
}

const outboxScope = (changeId: string, userId: string) => ({ table: 'outbox', rowId: changeId, caseId: `personal:${userId}` });

export const NO_PERSONAL_KEY = 'Sign in again before changing this complaint about staff: the desk cannot hold the change sealed without your keys';

/**
 * Queues a change inside the caller's transaction (which must include db.outbox). A change to a sealed case is
 * itself sealed under its maker's personal key (synchronous, so the transaction stays open).
 */
export async function enqueue(db: ComplaintsDatabase, change: PushChange, userId: string, now: string, before?: JsonValue): Promise<void> {
  const base = { changeId: change.changeId, caseId: change.caseId, userId, madeAt: now };
  if (!db.keyring.sealedCases.has(change.caseId)) {
    await db.outbox.add({ ...base, body: change as unknown as JsonValue, ...(before ? { before } : {}) });
    return;
  }
  const key = db.keyring.personalKeyOf(userId);
  if (!key) throw new Error(NO_PERSONAL_KEY);
  const held: Held = { change, ...(before ? { before } : {}) };
  const body: SealedBody = { sealedForUser: envelopeToJson(sealNow(key, outboxScope(change.changeId, userId), held)) };
  await db.outbox.add({ ...base, body: body as unknown as JsonValue });
}

function isSealed(body: JsonValue): body is JsonValue & SealedBody {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'sealedForUser' in body;
}

/** The change and its "before", opened with the maker's personal key when sealed; null if it cannot be read. */
export function openRecord(record: OutboxRecord, key: Uint8Array | undefined): Held | null {
  let held: { change: unknown; before?: JsonValue } = { change: record.body, ...(record.before ? { before: record.before } : {}) };
  if (isSealed(record.body)) {
    if (!key) return null;
    try {
      held = openNow<Held>(key, outboxScope(record.changeId, record.userId), envelopeFromJson(record.body.sealedForUser));
    } catch {
      return null;
    }
  }
  const parsed = pushChange.safeParse(held.change);
  return parsed.success ? { change: parsed.data, ...(held.before ? { before: held.before } : {}) } : null;
}

/** Puts a change back in its place (re-run on the server's case), sealed again if its case is sealed. */
export async function requeue(db: ComplaintsDatabase, record: OutboxRecord & { seq: number }, change: PushChange, before: JsonValue | undefined): Promise<void> {
  await db.outbox.delete(record.seq);
  const { seq } = record;
  await enqueue(db, change, record.userId, record.madeAt, before);
  // Kept at its place in the order: the newest row is the one just added.
  const added = await db.outbox.where('changeId').equals(change.changeId).first();
  if (added?.seq !== undefined && added.seq !== seq) {
    await db.outbox.delete(added.seq);
    await db.outbox.put({ ...added, seq });
  }
}

export interface Pending {
  record: OutboxRecord & { seq: number };
  change: PushChange;
  before?: JsonValue;
}

/** The next changes this user may push, oldest first: not refused, and (if sealed) opened with their key. */
export async function nextToPush(db: ComplaintsDatabase, userId: string, limit = MAX_PUSH_CHANGES): Promise<Pending[]> {
  const records = await db.outbox.orderBy('seq').filter((r) => r.userId === userId && !r.refusal).limit(limit).toArray();
  const key = db.keyring.personalKeyOf(userId);
  const opened: Pending[] = [];
  for (const record of records) {
    const held = openRecord(record, key);
    if (!held || record.seq === undefined) break;
    opened.push({ record: { ...record, seq: record.seq }, ...held });
  }
  return opened;
}

/** Every change still waiting (refused ones excepted): the app bar's count. */
export function waitingCount(db: ComplaintsDatabase): Promise<number> {
  return db.outbox.filter((r) => !r.refusal).count();
}

/** Changes the server (or the policy, re-run on the server's case) refused, for the case page. */
export function refusedChanges(db: ComplaintsDatabase, caseId: string, userId: string): Promise<OutboxRecord[]> {
  return db.outbox.where('caseId').equals(caseId).filter((r) => r.userId === userId && !!r.refusal).toArray();
}

/** The person has read why their change was refused (and copied what they need): it goes. */
export async function dismissRefusal(db: ComplaintsDatabase, changeId: string): Promise<void> {
  await db.outbox.where('changeId').equals(changeId).delete();
}
