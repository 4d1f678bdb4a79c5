// Files attached to a case: the Blob in its own table, the metadata on the case, SHA-256 taken when added.
import type { Actor, Attachment, AttachmentSource, ComplaintCase, TimelineEvent } from '../../shared/model';
import { mustLogView, type Viewer } from '../../shared/policy';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { accessTo, viewedEvent } from './case-views';
import { appendEvents } from './case-write';
import { syncHook } from './sync-hook';
import { takeCaseAction, type CaseActionResult } from './cases';
import { guardWrite } from './errors';
import { readyToSeal } from './sealed/blob-bytes';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface NewAttachment {
  caseId: string;
  expectedVersion: number;
  file: Blob;
  name: string;
  source: AttachmentSource;
  description?: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why the store will not take this file, or null. */
export function attachmentProblem(file: Blob, name: string): string | null {
  if (file.size === 0) return `"${name}" is empty: choose the file again`;
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `"${name}" is ${megabytes(file.size)}: files up to ${megabytes(MAX_ATTACHMENT_BYTES)} can be attached. Nothing was saved; attach a smaller copy or a scan at lower resolution.`;
  }
  return null;
}

/** Lower-case hex SHA-256 of the bytes (WebCrypto: in Chromium, Electron and Node 20). */
export async function sha256OfBlob(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type AttachResult = { ok: true; case: ComplaintCase; attachment: Attachment; events: TimelineEvent[] } | Extract<CaseActionResult, { ok: false }>;

/**
 * Attaches a file: the workflow's attachDocument action and the bytes, in one transaction. The fingerprint is
 * taken before the transaction starts (IndexedDB would commit while WebCrypto works).
 */
export async function addAttachment(db: ComplaintsDatabase, input: NewAttachment, actor: Actor, now: string): Promise<AttachResult> {
  const problem = attachmentProblem(input.file, input.name);
  if (problem) return { ok: false, missing: [problem] };
  // Read now: the file is sealed inside the transaction when its case is a complaint about staff.
  const sha256 = await sha256OfBlob(await readyToSeal(input.file));
  const attachmentId = crypto.randomUUID();
  const action = {
    type: 'attachDocument' as const,
    attachmentId,
    name: input.name,
    mimeType: input.file.type || 'application/octet-stream',
    sizeBytes: input.file.size,
    sha256,
    source: input.source,
    ...(input.description ? { description: input.description } : {}),
  };
  return guardWrite(() =>
    db.transaction('rw', [...caseWriteTables(db), db.attachmentBlobs], async (): Promise<AttachResult> => {
      const result = await takeCaseAction(db, { caseId: input.caseId, expectedVersion: input.expectedVersion, action }, actor, now);
      if (!result.ok) return result;
      await db.attachmentBlobs.add({ caseId: input.caseId, id: attachmentId, blob: input.file });
      const attachment = result.case.attachments.find((a) => a.id === attachmentId);
      if (!attachment) throw new Error('The workflow accepted the file but did not record it');
      return { ok: true, case: result.case, attachment, events: result.events };
    }),
  );
}

export type AttachmentContent = { ok: true; attachment: Attachment; blob: Blob } | { ok: false; missing: string[] };

const NO_SUCH_FILE = 'This file is not on this desk';

/** A file's bytes for someone who may see its case; opening a confidential case's file is logged as a view. */
export async function readAttachment(db: ComplaintsDatabase, caseId: string, attachmentId: string, viewer: Viewer, now: string): Promise<AttachmentContent> {
  const tables = [db.cases, db.attachmentBlobs, db.timeline, db.caseRows, ...(syncHook()?.tables(db) ?? [])];
  const read = async (log: boolean): Promise<AttachmentContent | 'log'> => {
    const access = accessTo(await db.cases.get(caseId), viewer);
    const attachment = access.status === 'open' ? access.case.attachments.find((a) => a.id === attachmentId) : undefined;
    const stored = attachment ? await db.attachmentBlobs.get([caseId, attachmentId]) : undefined;
    if (access.status !== 'open' || !attachment || !stored) return { ok: false, missing: [NO_SUCH_FILE] };
    if (mustLogView(access.case)) {
      if (!log) return 'log';
      await appendEvents(db, caseId, [viewedEvent(access.case, viewer, now, `Opened the file ${attachment.name} (confidential: view logged)`)]);
    }
    return { ok: true, attachment, blob: stored.blob };
  };
  const quick = await db.transaction('r', tables, () => read(false));
  if (quick !== 'log') return quick;
  const logged = await guardWrite(() => db.transaction('rw', tables, () => read(true)));
  return logged === 'log' ? { ok: false, missing: [NO_SUCH_FILE] } : logged;
}
