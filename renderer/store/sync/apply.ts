// Applying a pulled page: every record written through the store's own projections (case row, per-case tables,
// timeline pages), the purge orders carried out, and the checkpoint moved on, all in one transaction, so a page
// is applied whole or not at all and live queries refresh every screen once it commits.
import type { ComplaintCase, Customer, TimelineEvent } from '../../../shared/model';
import type { PolicySettings } from '../../../shared/policy';
import { MAX_HISTORY_CASES, type PullResponse, type SealedBlob, type SyncRecord } from '../../../shared/sync';
import { storedCustomer } from '../customers';
import { caseWriteTables, type ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { caseRowOf } from '../projections/case-row';
import { syncChildren } from '../projections/children';
import { loadPolicySettings } from '../settings/policy-calendar';
import { eventHash, type ChainHead } from '../timeline/chain';
import { lastTimelinePage, pagesOf } from '../timeline/pages';
import { writeCheckpoint, type PageProgress } from './checkpoint';
import { purgeCase } from './purge';
import { putReceipt } from '../sealed/seal-case';
import { judgeKeys, keepKey } from './key-trust';
import { unwrap, type WrappedKey } from '../../../shared/sealed';
import { openSealedCase, openSealedCustomer, readSealedCase } from './sealed-case';
import { isProvisionalReference } from '../references';

export class BrokenChainError extends Error {
  override readonly name = 'BrokenChainError';
}

export interface Applied {
  cases: number;
  events: number;
  purged: number;
  /** Confidential records that came sealed (issue 15a): not readable on this desk yet, left for the sealed-record code. */
  sealed: number;
}

async function headOf(db: ComplaintsDatabase, caseId: string): Promise<ChainHead> {
  const last = await lastTimelinePage(db, caseId);
  const event = last?.events[last.events.length - 1];
  return event ? { seq: event.seq, hash: event.hash } : { seq: 0, hash: '' };
}

/** The server's case replaces the desk's copy, unless the desk has its own changes to it waiting (they win until pushed). */
async function putCase(db: ComplaintsDatabase, c: ComplaintCase, settings: PolicySettings, now: string): Promise<boolean> {
  const [before, waiting] = await Promise.all([db.cases.get(c.id), db.outbox.where('caseId').equals(c.id).filter((r) => !r.refusal).count()]);
  if (before && waiting > 0 && before.version >= c.version) return false;
  await writeCaseCopy(db, c, before, settings, now);
  return true;
}

/** Writes a case the server sent (or the desk re-ran on it) with its list row and per-case rows; the timeline is untouched. */
export async function writeCaseCopy(db: ComplaintsDatabase, c: ComplaintCase, before: ComplaintCase | undefined, settings: PolicySettings, now: string): Promise<void> {
  const [customer, head] = await Promise.all([db.customers.get(c.customerId), headOf(db, c.id)]);
  await Promise.all([db.cases.put(c), db.caseRows.put(caseRowOf(c, customer?.name ?? '', settings, head, now)), syncChildren(db, before ?? null, c)]);
}

/** Appends events the server chained, after the desk's head; each must follow it and carry its own right hash. */
async function appendChained(db: ComplaintsDatabase, caseId: string, events: TimelineEvent[]): Promise<number> {
  const last = await lastTimelinePage(db, caseId);
  const lastEvent = last?.events[last.events.length - 1];
  let head: ChainHead = lastEvent ? { seq: lastEvent.seq, hash: lastEvent.hash } : { seq: 0, hash: '' };
  const fresh: TimelineEvent[] = [];
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.seq <= head.seq) continue;
    const { hash, ...unhashed } = event;
    if (event.seq !== head.seq + 1 || event.prevHash !== head.hash || eventHash(unhashed) !== hash) {
      throw new BrokenChainError(`The office server sent event ${event.seq} of case ${caseId}, which does not follow event ${head.seq} on this desk: nothing of that page was applied`);
    }
    fresh.push(event);
    head = { seq: event.seq, hash };
  }
  if (fresh.length === 0) return 0;
  await Promise.all(
    pagesOf(caseId, fresh).map((page) =>
      last && page.page === last.page ? db.timeline.put({ ...last, events: [...last.events, ...page.events] }) : db.timeline.add(page),
    ),
  );
  await db.caseRows.update(caseId, { timelineSeq: head.seq, timelineHash: head.hash });
  return fresh.length;
}

export function applyTables(db: ComplaintsDatabase) {
  return [...caseWriteTables(db), db.outbox, db.caseKeys, db.userKeys, db.syncState, db.receipts, db.purgeLog, db.attachmentBlobs, db.drafts, db.draftFiles];
}

/** A complaint about staff as it came: opened when a user unlocked in this window holds a wrap of its key. */
interface SealedArrival {
  wraps: WrappedKey[];
  opened: ComplaintCase | null;
  customer: Customer | null;
}

/** Where a case's timeline comes from when the desk can first open it after its events went by (the office server). */
export interface HistorySource {
  history(caseIds: string[]): Promise<TimelineEvent[]>;
}

export const heldSealedKey = (caseId: string) => `sealed-case:${caseId}`;

/**
 * The reference the server gave a sealed case: the recording desk sealed it with its provisional one, so it is
 * read from the server's receive event in this page, or kept from the copy this desk already holds.
 */
async function serverReference(db: ComplaintsDatabase, changes: SyncRecord[], c: ComplaintCase): Promise<string> {
  if (!isProvisionalReference(c.reference)) return c.reference;
  for (const record of changes) {
    if (record.kind !== 'event' || !('event' in record) || record.event.caseId !== c.id || record.event.action !== 'receive') continue;
    const after = record.event.after;
    if (after && typeof after === 'object' && !Array.isArray(after) && typeof after.reference === 'string') return after.reference;
  }
  const held = await db.cases.get(c.id);
  return held && !isProvisionalReference(held.reference) ? held.reference : c.reference;
}

/** The key of a sealed case, from this session or from a wrap for a user unlocked in this window (one ECDH). */
async function caseKeyFrom(db: ComplaintsDatabase, caseId: string, wraps: WrappedKey[]): Promise<Uint8Array | undefined> {
  let key = db.keyring.openingKey(caseId);
  for (const wrap of wraps) {
    const keys = db.keyring.users.get(wrap.recipientId);
    if (key || !keys) continue;
    key = await unwrap(wrap, keys).catch(() => undefined);
    if (key) db.keyring.holdKey(caseId, key);
  }
  return key;
}

/**
 * Before the page's transaction (unwrapping is WebCrypto, which cannot be awaited inside it): each sealed case's
 * wraps read, and the case opened where this window may, with the customer sealed inside it, which is then sealed
 * with the case at rest (unless the desk already holds that customer in clear through another case).
 */
async function openArrivals(db: ComplaintsDatabase, changes: SyncRecord[]): Promise<Map<string, SealedArrival>> {
  const arrivals = new Map<string, SealedArrival>();
  for (const record of changes) {
    if (record.kind !== 'case' || !('sealed' in record)) continue;
    const read = readSealedCase(record.sealed);
    if (!read) continue;
    const key = await caseKeyFrom(db, record.caseId, read.wraps);
    let opened: ComplaintCase | null = null;
    let customer: Customer | null = null;
    if (key) {
      try {
        const inside = openSealedCase(record.caseId, read.envelope, key);
        opened = { ...inside, version: record.version, reference: await serverReference(db, changes, inside) };
        customer = openSealedCustomer(opened, read.customer, key);
        const ring = db.keyring;
        if (ring.sealedCustomers.has(opened.customerId) || !(await db.customers.get(opened.customerId))) ring.sealedCustomers.set(opened.customerId, opened.id);
      } catch {
        opened = null;
      }
    }
    arrivals.set(record.caseId, { wraps: read.wraps, opened, customer });
  }
  return arrivals;
}

/**
 * Cases arriving whose earlier events this desk never kept (it held the case as ciphertext only, or the events
 * came in an earlier page than the case's latest change): their whole timeline, asked for before the transaction.
 * Without a source, a sealed case stays held as ciphertext.
 */
async function missingHistory(db: ComplaintsDatabase, changes: SyncRecord[], arrivals: Map<string, SealedArrival>, source: HistorySource | undefined): Promise<TimelineEvent[]> {
  const firstSeen = new Set(changes.flatMap((r) => (r.kind === 'event' && 'event' in r && r.event.seq === 1 ? [r.event.caseId] : [])));
  const wanted: string[] = [];
  for (const record of changes) {
    if (record.kind !== 'case') continue;
    const caseId = 'case' in record ? record.case.id : record.caseId;
    const arrival = arrivals.get(caseId);
    if (('sealed' in record && !arrival?.opened) || firstSeen.has(caseId) || (await lastTimelinePage(db, caseId))) continue;
    if (source) wanted.push(caseId);
    else if (arrival) arrivals.set(caseId, { ...arrival, opened: null, customer: null });
  }
  const events: TimelineEvent[] = [];
  for (let i = 0; i < wanted.length; i += MAX_HISTORY_CASES) events.push(...(await source!.history(wanted.slice(i, i + MAX_HISTORY_CASES))));
  return events;
}

/** Keeps every reader's wrap that came with the case (each opens only for its reader), without replacing one held. */
async function keepWraps(db: ComplaintsDatabase, caseId: string, wraps: WrappedKey[], now: string): Promise<void> {
  for (const wrap of wraps) {
    if (!(await db.caseKeys.get([caseId, wrap.recipientId]))) await db.caseKeys.put({ caseId, recipientId: wrap.recipientId, wrap, by: 'office-server', at: now });
  }
}

/** Applies one page for `userId` and stores its checkpoint, in one transaction. */
export function applyPage(db: ComplaintsDatabase, page: PullResponse, userId: string, now: string, source?: HistorySource): Promise<Applied> {
  const progress = { cases: page.changes.filter((r) => r.kind === 'case').length, caseTotal: page.caseTotal, done: !page.more };
  return applyRecords(db, page.changes, page.purges, userId, now, source, { checkpoint: page.checkpoint, progress });
}

/**
 * At sign-in: the complaints about staff this desk holds only as ciphertext, opened where the user signing in now
 * holds a wrap of their key (they were pulled before it reached them, or by another user of this desk).
 */
export async function openHeldSealedCases(db: ComplaintsDatabase, userId: string, now: string, source: HistorySource | undefined): Promise<number> {
  const held = await db.syncState.where('key').startsWith(heldSealedKey('')).toArray();
  const records: SyncRecord[] = [];
  for (const row of held) {
    const value = row.value as (SealedBlob & { version?: number }) | null;
    if (!value || typeof value !== 'object' || typeof value.version !== 'number') continue;
    const caseId = row.key.slice(heldSealedKey('').length);
    records.push({ kind: 'case', caseId, version: value.version, sealed: { format: value.format, data: value.data }, audience: { roles: [], userIds: [], excludedUserIds: [], excludedRoles: [] } });
  }
  if (records.length === 0) return 0;
  return (await applyRecords(db, records, [], userId, now, source, null)).cases;
}

async function applyRecords(
  db: ComplaintsDatabase,
  changes: SyncRecord[],
  purges: PullResponse['purges'],
  userId: string,
  now: string,
  source: HistorySource | undefined,
  moveOn: { checkpoint: string; progress: PageProgress } | null,
): Promise<Applied> {
  const arrivals = await openArrivals(db, changes);
  const history = await missingHistory(db, changes, arrivals, source);
  const keyVerdicts = await judgeKeys(db, changes);
  return guardWrite(() =>
    db.transaction('rw', applyTables(db), async (): Promise<Applied> => {
      const settings = await loadPolicySettings(db);
      const applied: Applied = { cases: 0, events: 0, purged: 0, sealed: 0 };
      const events = new Map<string, TimelineEvent[]>();
      const addEvent = (event: TimelineEvent) => events.set(event.caseId, [...(events.get(event.caseId) ?? []), event]);
      history.forEach(addEvent);
      for (const record of changes) {
        if (record.kind === 'customer') await db.customers.put(storedCustomer(record.customer));
        else if (record.kind === 'user') await db.users.put(record.user);
        else if (record.kind === 'userKey') await keepKey(db, record, keyVerdicts.get(record));
        else if (record.kind === 'setting') await db.settings.put({ key: record.key, value: record.value });
        else if (record.kind === 'receipt') {
          const { caseId, reference, receivedAt, recordedAt, message } = record;
          // Sealed to the recorder's personal key; not kept while their keys are locked (awaited only with work to do).
          if (db.keyring.personalKeyOf(userId)) await putReceipt(db, { caseId, reference, receivedAt, recordedAt, message }, userId);
        } else if (record.kind === 'case') {
          if (!('case' in record)) {
            const arrival = arrivals.get(record.caseId);
            if (arrival && arrival.wraps.length > 0) await keepWraps(db, record.caseId, arrival.wraps, now);
            if (arrival?.opened) {
              if (arrival.customer) await db.customers.put(storedCustomer(arrival.customer));
              await db.syncState.delete(heldSealedKey(record.caseId));
              if (await putCase(db, arrival.opened, settings, now)) applied.cases += 1;
            } else {
              // Not for anyone signed in here: kept as it came, ciphertext only.
              await db.syncState.put({ key: heldSealedKey(record.caseId), value: { ...record.sealed, version: record.version } });
              applied.sealed += 1;
            }
          } else if (await putCase(db, record.case, settings, now)) applied.cases += 1;
        } else if ('event' in record) addEvent(record.event);
        else applied.sealed += 1;
      }
      for (const [caseId, list] of events) {
        // Events of a case this desk does not hold (sealed, or purged in this page) have nowhere to go.
        if (await db.cases.get(caseId)) applied.events += await appendChained(db, caseId, list);
      }
      for (const order of purges) {
        await purgeCase(db, { caseId: order.caseId, customerId: order.customerId, reason: 'purge-order' }, now);
        applied.purged += 1;
      }
      if (moveOn !== null) await writeCheckpoint(db, userId, moveOn.checkpoint, moveOn.progress);
      return applied;
    }),
  );
}
