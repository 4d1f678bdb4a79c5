// Case packs, store side: gather a case for its pack (managers only) and record the pack made on the timeline.
import type { CasePackFile } from '../../shared/case-pack/pack-contents';
import { confidentialityFacts, type Actor, type ComplaintCase, type Customer, type Recipient, type TimelineEvent, type User } from '../../shared/model';
import { canViewCase, isManager, type PolicySettings } from '../../shared/policy';
import { applyCaseAction, NO_SUCH_CASE, type CaseActionResult, type Refusal } from './cases';
import { plainCustomer } from './customers';
import type { ComplaintsDatabase } from './db';
import { loadPolicySettings } from './settings/policy-calendar';
import { readTimeline } from './timeline/pages';

export interface CasePackMaterial {
  ok: true;
  caseRecord: ComplaintCase;
  customer: Customer | null;
  timeline: TimelineEvent[];
  staff: Pick<User, 'id' | 'name' | 'role'>[];
  files: CasePackFile[];
  settings: PolicySettings;
}

export const MANAGERS_ONLY = 'Only a complaints manager can make a case pack';

/** A Blob read a piece at a time, so a large attachment is never copied whole into memory. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Everything a pack holds, read in one transaction so it is one consistent moment of the case: the case, its
 * customer, timeline, the staff list (for names and redaction) and each attachment's stored bytes.
 */
export async function gatherCasePack(db: ComplaintsDatabase, caseId: string, actor: Actor): Promise<CasePackMaterial | Refusal> {
  if (!isManager(actor)) return { ok: false, missing: [MANAGERS_ONLY] };
  return db.transaction('r', [db.cases, db.customers, db.timeline, db.users, db.settings, db.attachmentBlobs], async (): Promise<CasePackMaterial | Refusal> => {
    const c = await db.cases.get(caseId);
    if (!c || !canViewCase(actor, confidentialityFacts(c))) return { ok: false, missing: [NO_SUCH_CASE] };
    const [customer, timeline, users, settings, blobs] = await Promise.all([
      db.customers.get(c.customerId),
      readTimeline(db, caseId),
      db.users.toArray(),
      loadPolicySettings(db),
      db.attachmentBlobs.bulkGet(c.attachments.map((a): [string, string] => [caseId, a.id])),
    ]);
    const byId = new Map(blobs.flatMap((b) => (b ? [[b.id, b.blob] as const] : [])));
    const missing = c.attachments.filter((a) => !byId.has(a.id)).map((a) => `The file "${a.name}" is recorded on the case but its contents are not on this desk`);
    if (missing.length > 0) return { ok: false, missing };
    const files = c.attachments.map((attachment): CasePackFile => {
      const blob = byId.get(attachment.id) as Blob;
      return { attachment, read: () => blobChunks(blob) };
    });
    return {
      ok: true,
      caseRecord: c,
      customer: customer ? plainCustomer(customer) : null,
      timeline,
      staff: users.map((u) => ({ id: u.id, name: u.name, role: u.role })),
      files,
      settings,
    };
  });
}

export interface CasePackRecord {
  caseId: string;
  /** The version the pack was made from: if the case changed while it was built, the pack is out of date. */
  expectedVersion: number;
  packId: string;
  recipient: Recipient;
  fileName: string;
  /** SHA-256 of the pack's manifest.json, which covers every file in it. */
  sha256: string;
  includeStaffIdentity?: { reason: string };
}

/** The pack made, on the timeline through the workflow's recordCasePack action (which checks the consent gate again). */
export function recordCasePackMade(db: ComplaintsDatabase, record: CasePackRecord, actor: Actor, now: string): Promise<CaseActionResult> {
  const { caseId, expectedVersion, ...pack } = record;
  return applyCaseAction(db, { caseId, expectedVersion, action: { type: 'recordCasePack', ...pack } }, actor, now);
}
