// Uploads the desk's own cases once, after it joined the office server, as a complaints manager signed in here:
// each case with its timeline, customer and files, in reference order (so the first desk keeps its references),
// under a change id kept per case until it lands, so a closed tab resumes without uploading anything twice. A case
// that lands is replaced here by the server's copy (the next pull brings it back with the server's accounts,
// reference and chain); drafts about it stay, being personal.
import { customer as customerSchema, type ComplaintCase } from '../../../../shared/model';
import { accountsNamed } from '../../../../shared/model/account-remap';
import { MAX_PUSH_BYTES, MAX_UPLOAD_CASES, type DeskAccount, type DeskUploadResponse, type UploadedCase } from '../../../../shared/sync';
import type { ComplaintsDatabase } from '../../db';
import { readTimeline } from '../../timeline/pages';
import { purgeCase } from '../purge';

export interface DeskUploadClient {
  deskUpload(accounts: DeskAccount[], cases: UploadedCase[]): Promise<DeskUploadResponse>;
  upload(sha256: string, bytes: Blob): Promise<unknown>;
}

export interface UploadProgress {
  done: number;
  total: number;
}

export interface UploadOutcome extends UploadProgress {
  refused: { caseId: string; reference: string; reasons: string[] }[];
  /** Cases waiting that this user cannot read (a complaint about staff naming them): another manager uploads them. */
  unread: number;
}

/** A case of the desk's own waiting to be uploaded; its value is the upload's change id, made once. */
const PENDING = 'desk-upload:case:';
const pendingKey = (caseId: string) => `${PENDING}${caseId}`;

/**
 * At joining: marks every case on the desk as its own, to upload, each with the change id it will always be sent
 * under. Keys only, so the cases an administrator cannot read (complaints about staff) are marked too.
 */
export async function markDeskCasesForUpload(db: ComplaintsDatabase): Promise<number> {
  const ids = (await db.caseRows.toCollection().primaryKeys()) as string[];
  await db.syncState.bulkPut(ids.map((caseId) => ({ key: pendingKey(caseId), value: crypto.randomUUID() })));
  return ids.length;
}

/** The cases still to upload, with their change ids. */
export async function pendingUploads(db: ComplaintsDatabase): Promise<Map<string, string>> {
  const rows = await db.syncState.where('key').startsWith(PENDING).toArray();
  return new Map(rows.flatMap((r) => (typeof r.value === 'string' ? [[r.key.slice(PENDING.length), r.value] as const] : [])));
}

/** The desk accounts any case or timeline event on this desk names (recorders, investigators, named staff, actors). */
export async function accountsNamedOnDesk(db: ComplaintsDatabase, deskIds: ReadonlySet<string>): Promise<Set<string>> {
  const named = new Set<string>();
  for (const c of await db.cases.toArray()) {
    for (const id of accountsNamed([c, await readTimeline(db, c.id)], deskIds)) named.add(id);
  }
  return named;
}

/** The desk's reference order: the main series by number, then the series of complaints about staff. */
function inReferenceOrder(a: ComplaintCase, b: ComplaintCase): number {
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

async function uploadedCase(db: ComplaintsDatabase, client: DeskUploadClient, c: ComplaintCase, changeId: string, sent: Set<string>): Promise<UploadedCase> {
  for (const a of c.attachments) {
    if (sent.has(a.sha256)) continue;
    const row = await db.attachmentBlobs.get([c.id, a.id]);
    if (row) await client.upload(a.sha256, row.blob);
    sent.add(a.sha256);
  }
  const stored = await db.customers.get(c.customerId);
  if (!stored) throw new Error(`The customer of case ${c.reference} is missing from this desk`);
  return { changeId, case: c, events: await readTimeline(db, c.id), customer: customerSchema.parse(stored) };
}

/** Batches of at most MAX_UPLOAD_CASES cases and about half the request limit (base64 and JSON grow the bytes). */
function batches(items: UploadedCase[]): UploadedCase[][] {
  const out: UploadedCase[][] = [];
  let batch: UploadedCase[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (batch.length > 0 && (batch.length >= MAX_UPLOAD_CASES || bytes + size > MAX_PUSH_BYTES / 2)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Uploads every case still on this desk from before it joined; refusals are returned, in the policy's words. */
export async function uploadDesk(
  db: ComplaintsDatabase,
  client: DeskUploadClient,
  accounts: DeskAccount[],
  now: () => string,
  onProgress: (p: UploadProgress) => void = () => undefined,
): Promise<UploadOutcome> {
  const pending = await pendingUploads(db);
  // A complaint about staff this manager may not read (it names them) stays pending for another manager.
  const cases = (await db.cases.bulkGet([...pending.keys()])).filter((c): c is ComplaintCase => c !== undefined).sort(inReferenceOrder);
  const outcome: UploadOutcome = { done: 0, total: cases.length, refused: [], unread: pending.size - cases.length };
  onProgress(outcome);
  const sent = new Set<string>();
  const items: UploadedCase[] = [];
  for (const c of cases) items.push(await uploadedCase(db, client, c, pending.get(c.id) ?? '', sent));
  for (const batch of batches(items)) {
    const { results } = await client.deskUpload(accounts, batch);
    for (const result of results) {
      const item = batch.find((i) => i.changeId === result.changeId);
      if (!item) continue;
      if (result.status === 'refused') {
        outcome.refused.push({ caseId: item.case.id, reference: item.case.reference, reasons: result.reasons });
        continue;
      }
      await purgeCase(db, { caseId: item.case.id, customerId: item.case.customerId, reason: 'uploaded' }, now());
      await db.syncState.delete(pendingKey(item.case.id));
      outcome.done += 1;
    }
    onProgress(outcome);
  }
  return outcome;
}
