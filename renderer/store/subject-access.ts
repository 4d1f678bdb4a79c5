// Subject access: gather everything held about one customer for a complaints manager, and log the export on each case.
import { confidentialityFacts, type Actor } from '../../shared/model';
import { canViewCase } from '../../shared/policy';
import { cannotExportSubjectAccess } from '../../shared/policy/privacy/duties';
import { placeFiles, takenPaths } from '../../shared/subject-access/subject-access-file';
import { subjectAccessCase, type SubjectAccessRecord } from '../../shared/subject-access/subject-access-record';
import type { ComplaintsDatabase } from './db';
import { appendEvents } from './case-write';
import { plainCustomer } from './customers';
import { guardWrite } from './errors';
import { readTimeline } from './timeline/pages';
import { sealedRowsFor } from './queries/sealed-rows';

export const SUBJECT_ACCESS_EXPORT = 'subjectAccessExport';

export type GatherResult = { ok: true; record: SubjectAccessRecord; caseIds: string[] } | { ok: false; missing: string[] };

/**
 * Everything held about one customer: their details, every case with its timeline, conversations, letters and
 * files (bytes included), with the named employee's identity and account redacted (`company` heads a letter set
 * anew without their name). Read in one transaction, so
 * the export is one consistent moment. Refused when a case of theirs is hidden from this manager (one naming
 * them): an export that silently left it out would not be complete.
 */
export async function gatherSubjectAccess(
  db: ComplaintsDatabase,
  customerId: string,
  actor: Actor,
  now: string,
  company: { name: string; lines: readonly string[] },
): Promise<GatherResult> {
  const refusal = cannotExportSubjectAccess(actor);
  if (refusal) return { ok: false, missing: [refusal] };
  const read = await db.transaction('r', [db.customers, db.cases, db.caseRows, db.timeline, db.users, db.attachmentBlobs], async () => {
    const stored = await db.customers.get(customerId);
    if (!stored || stored.anonymisedAt) return { ok: false as const, missing: ['This customer is not on this desk'] };
    // Complaints about staff are sealed at rest, customer id included: those this manager may open come from the
    // confidential rows their session opened.
    const sealedIds = (await sealedRowsFor(db, actor)).filter((row) => row.customerId === customerId).map((row) => row.caseId);
    const inClear = await db.cases.where('customerId').equals(customerId).toArray();
    const sealed = (await db.cases.bulkGet(sealedIds.filter((id) => !inClear.some((c) => c.id === id)))).filter((c) => c !== undefined);
    const cases = [...inClear, ...sealed].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.reference.localeCompare(b.reference));
    if (cases.some((c) => !canViewCase(actor, confidentialityFacts(c)))) {
      return { ok: false as const, missing: ['One of this customer’s cases names you, so you cannot see it: another complaints manager must make this export'] };
    }
    const users = await db.users.toArray();
    const parts = await Promise.all(
      cases.map(async (c) => {
        const [timeline, blobs] = await Promise.all([readTimeline(db, c.id), db.attachmentBlobs.bulkGet(c.attachments.map((a): [string, string] => [c.id, a.id]))]);
        return { c, timeline, blobs };
      }),
    );
    return { ok: true as const, customer: plainCustomer(stored), parts, users };
  });
  if (!read.ok) return read;
  // Blobs are read after the transaction: reading them would otherwise let it commit early.
  const taken = takenPaths();
  const cases = await Promise.all(
    read.parts.map(async ({ c, timeline, blobs }) => {
      const present = c.attachments.flatMap((a, i) => (blobs[i] ? [{ attachment: a, blob: blobs[i].blob }] : []));
      const paths = placeFiles(c.reference, present.map((p) => p.attachment), taken);
      const files = await Promise.all(present.map(async (p, i) => ({ attachment: p.attachment, path: paths[i] ?? p.attachment.name, bytes: new Uint8Array(await p.blob.arrayBuffer()) })));
      return subjectAccessCase(c, timeline, files, read.users, company);
    }),
  );
  return { ok: true, record: { customer: read.customer, cases, madeAt: now, madeById: actor.userId }, caseIds: read.parts.map((p) => p.c.id) };
}

/** After the file was saved: each case's timeline records that its data left the company, to the customer. */
export async function recordSubjectAccessExport(db: ComplaintsDatabase, caseIds: readonly string[], actor: Actor, now: string, fileName: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.timeline, db.caseRows], async () => {
      for (const caseId of caseIds) {
        await appendEvents(db, caseId, [
          { caseId, at: now, actorId: actor.userId, action: SUBJECT_ACCESS_EXPORT, summary: `Everything held about the customer was exported for them (subject access): ${fileName}`, before: null, after: { fileName } },
        ]);
      }
    }),
  );
}
