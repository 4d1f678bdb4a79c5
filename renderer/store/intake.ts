// One intake saved whole: the customer, the case, its files, and what was settled during the call, in one transaction.
import type { Actor, AttachmentSource, ChecklistItem, ContactChannel, Remedy, ResponseOutcome, TimelineEvent, ComplaintCase } from '../../shared/model';
import { canViewCase, type CaseAction } from '../../shared/policy';
import { attachmentProblem, sha256OfBlob } from './attachments';
import { prepareRecording, recordComplaint, takeCaseAction, type RecordComplaintInput, type RecordResult } from './cases';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { discardDraft, type DraftKey } from './drafts';
import { guardWrite } from './errors';
import { readyToSeal } from './sealed/blob-bytes';
import { endSealingPlan } from './sealed/case-keys';

export interface IntakeFile {
  blob: Blob;
  name: string;
  source: AttachmentSource;
  /** The file is the email the complaint came in: its Message-ID, so replies find the case. */
  emailMessageId?: string;
}

export interface IntakeInput extends RecordComplaintInput {
  /** Files dropped on the form, attached to the new case. */
  files?: readonly IntakeFile[];
  /** A verbal complaint: written confirmation was asked for during the call, by this channel. */
  writtenConfirmationRequestedBy?: ContactChannel;
  /** Checklist gaps the customer was asked for during the call. */
  requested?: { items: readonly ChecklistItem[]; channel: ContactChannel };
  /** Resolved at first contact: the short path, finished in the same form. */
  firstContact?: { outcome: ResponseOutcome; summary: string; remedies: Remedy[] };
  /** The draft this intake was typed into: removed when, and only when, the intake is saved. */
  draft?: DraftKey;
}

export const CONFIDENTIAL_AT_INTAKE =
  'A complaint about a member of staff is confidential from the moment it is recorded, so only a complaints manager can ' +
  'add files, requests or a resolution to it. Save it without them: the complaints manager handling it will add them.';

class IntakeRefused extends Error {
  constructor(readonly missing: string[]) {
    super(missing.join('; '));
  }
}

function hasFollowUps(input: IntakeInput): boolean {
  return (input.files?.length ?? 0) > 0 || !!input.writtenConfirmationRequestedBy || (input.requested?.items.length ?? 0) > 0 || !!input.firstContact;
}

/** The recorder of a complaint about staff may not work on it (unless a complaints manager), so cannot add to it. */
function recorderLosesSight(input: IntakeInput, actor: Actor): boolean {
  const { concernsStaff = false, namedStaffUserIds = [] } = input.complaint;
  return !canViewCase(actor, { concernsStaff: concernsStaff || namedStaffUserIds.length > 0, namedStaffUserIds, recordedById: actor.userId });
}

/**
 * Records a complaint (or enquiry) with everything the intake form gathered. Each follow-up goes through the
 * workflow as its own action (so each is on the timeline); if the policy refuses any of them, nothing is saved.
 */
export async function recordIntake(db: ComplaintsDatabase, input: IntakeInput, actor: Actor, now: string): Promise<RecordResult> {
  if (hasFollowUps(input) && recorderLosesSight(input, actor)) return { ok: false, missing: [CONFIDENTIAL_AT_INTAKE] };
  const files = input.files ?? [];
  const problems = files.map((f) => attachmentProblem(f.blob, f.name)).filter((p): p is string => p !== null);
  if (problems.length > 0) return { ok: false, missing: problems };
  // Fingerprints are taken before the transaction: IndexedDB would commit while WebCrypto works.
  const hashed = await Promise.all(files.map(async (f) => ({ ...f, id: crypto.randomUUID(), sha256: await sha256OfBlob(await readyToSeal(f.blob)) })));
  const prepared = await prepareRecording(db, input, actor, now);
  if ('ok' in prepared) return prepared;
  const tables = [...caseWriteTables(db), db.referenceCounters, db.attachmentBlobs, db.drafts, db.draftFiles];
  try {
    return await guardWrite(() =>
      db.transaction('rw', tables, async (): Promise<RecordResult> => {
        const recorded = await recordComplaint(db, input, actor, now, prepared);
        if (!recorded.ok) throw new IntakeRefused(recorded.missing);
        let current: ComplaintCase = recorded.case;
        const events: TimelineEvent[] = [...recorded.events];
        const take = async (action: CaseAction) => {
          const result = await takeCaseAction(db, { caseId: current.id, expectedVersion: current.version, action }, actor, now);
          if (!result.ok) throw new IntakeRefused(result.missing);
          current = result.case;
          events.push(...result.events);
        };
        for (const f of hashed) {
          const mimeType = f.blob.type || 'application/octet-stream';
          await take({ type: 'attachDocument', attachmentId: f.id, name: f.name, mimeType, sizeBytes: f.blob.size, sha256: f.sha256, source: f.source, ...(f.emailMessageId ? { emailMessageId: f.emailMessageId } : {}) });
          await db.attachmentBlobs.add({ caseId: current.id, id: f.id, blob: f.blob });
        }
        if (input.writtenConfirmationRequestedBy) await take({ type: 'requestWrittenConfirmation', sentAt: now, channel: input.writtenConfirmationRequestedBy });
        const asked = input.requested?.items.filter((item) => current.checklist[item].status !== 'provided') ?? [];
        if (input.requested && asked.length > 0) {
          await take({ type: 'requestInformation', requestId: crypto.randomUUID(), items: [...asked], sentAt: now, channel: input.requested.channel });
        }
        if (input.firstContact) await take({ type: 'resolveAtFirstContact', ...input.firstContact, resolvedAt: now });
        if (input.draft) await discardDraft(db, input.draft);
        return { ok: true, case: current, customer: recorded.customer, events };
      }),
    );
  } catch (error) {
    if (error instanceof IntakeRefused) return { ok: false, missing: error.missing };
    throw error;
  } finally {
    if (prepared.sealing) endSealingPlan(db, prepared.sealing);
  }
}
