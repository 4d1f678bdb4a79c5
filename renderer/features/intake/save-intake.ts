// Saving the New complaint form: the checked submission and the dropped files, recorded through the store at once.
import type { Actor } from '../../../shared/model';
import type { RecordResult } from '../../store/cases';
import { db } from '../../store/desk';
import type { DraftFile, DraftKey } from '../../store/drafts';
import { recordIntake } from '../../store/intake';
import type { IntakeSubmission } from './intake-form';

export type SaveOutcome = Extract<RecordResult, { ok: true }> | { ok: false; missing: string[] };

export async function saveIntake(submission: IntakeSubmission, files: readonly DraftFile[], draft: DraftKey, actor: Actor): Promise<SaveOutcome> {
  const { customer, complaint, writtenConfirmation, requestItems, firstContact } = submission;
  try {
    return await recordIntake(
      db,
      {
        customer,
        complaint,
        files: files.map((f) => ({ blob: f.blob, name: f.name, source: f.source, ...(f.emailMessageId ? { emailMessageId: f.emailMessageId } : {}) })),
        ...(writtenConfirmation ? { writtenConfirmationRequestedBy: complaint.channel } : {}),
        ...(requestItems.length > 0 ? { requested: { items: requestItems, channel: complaint.channel } } : {}),
        ...(firstContact ? { firstContact: { ...firstContact, remedies: [] } } : {}),
        draft,
      },
      actor,
      new Date().toISOString(),
    );
  } catch (error) {
    return { ok: false, missing: [error instanceof Error ? error.message : String(error)] };
  }
}
