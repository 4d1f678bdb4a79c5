// Recording a letter as sent: its PDF copy attached to the case and the letter's workflow action, in one transaction.
import type { Actor, ComplaintCase, TimelineEvent } from '../../shared/model';
import { letterAction, type LetterDetails, type LetterKind, type LetterSending } from '../../shared/letters';
import { sha256OfBlob } from './attachments';
import { takeCaseAction, type CaseActionResult } from './cases';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { readyToSeal } from './sealed/blob-bytes';
import { guardWrite } from './errors';

export interface SentLetterInput {
  caseId: string;
  /** The version the screen showed; the copy and the letter's action are two versions on from it. */
  expectedVersion: number;
  kind: LetterKind;
  details: LetterDetails;
  sending: Omit<LetterSending, 'documentId'>;
  pdf: Uint8Array;
  /** The letter's words, kept with its copy so that a redacted export can set it anew. */
  letterText: string;
  fileName: string;
  description: string;
}

export type SentLetterResult =
  | { ok: true; case: ComplaintCase; documentId: string; events: TimelineEvent[] }
  | Extract<CaseActionResult, { ok: false }>;

/** Carries the workflow's refusal of the letter out of the transaction, so the copy attached in it is rolled back. */
class LetterRefused extends Error {
  constructor(readonly result: Extract<CaseActionResult, { ok: false }>) {
    super(result.missing.join('; '));
  }
}

/**
 * Attaches the PDF (source: the company) and takes the letter's action with `documentId` naming it, or neither:
 * a refusal of either step leaves the case, its files and its timeline exactly as they were.
 */
export async function recordSentLetter(db: ComplaintsDatabase, input: SentLetterInput, actor: Actor, now: string): Promise<SentLetterResult> {
  const documentId = crypto.randomUUID();
  const built = letterAction(input.kind, input.details, { ...input.sending, documentId });
  if (!built.ok) return built;
  const blob = new Blob([input.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  const sha256 = await sha256OfBlob(await readyToSeal(blob));
  const attach = {
    type: 'attachDocument' as const,
    attachmentId: documentId,
    name: input.fileName,
    mimeType: 'application/pdf',
    sizeBytes: blob.size,
    sha256,
    source: 'company' as const,
    description: input.description,
    letterText: input.letterText,
  };
  try {
    return await guardWrite(() =>
      db.transaction('rw', [...caseWriteTables(db), db.attachmentBlobs], async (): Promise<SentLetterResult> => {
        const attached = await takeCaseAction(db, { caseId: input.caseId, expectedVersion: input.expectedVersion, action: attach }, actor, now);
        if (!attached.ok) return attached;
        const sent = await takeCaseAction(db, { caseId: input.caseId, expectedVersion: attached.case.version, action: built.action }, actor, now);
        if (!sent.ok) throw new LetterRefused(sent);
        await db.attachmentBlobs.add({ caseId: input.caseId, id: documentId, blob });
        return { ok: true, case: sent.case, documentId, events: [...attached.events, ...sent.events] };
      }),
    );
  } catch (error) {
    if (error instanceof LetterRefused) return error.result;
    throw error;
  }
}
