// The workflow action that records a letter as sent, built from what staff typed for it and checked by the action schema.
import { caseAction, type CaseAction } from '../policy';
import type { LetterDetails } from './letter-content';
import { letterActions, type LetterKind } from './letter-kinds';

export interface LetterSending {
  /** ISO instant the letter was sent. */
  sentAt: string;
  channel: string;
  /** The attachment holding the PDF copy of the letter. */
  documentId?: string;
  /** A new id for the record the action creates (information request, delay notice), made once per letter. */
  recordId: string;
  /** Eight-week and deadlock letters: the final wording as sent and who owns the complaint, checked by the policy. */
  wording?: string;
  ownerName?: string;
}

export type LetterActionResult = { ok: true; action: CaseAction } | { ok: false; missing: string[] };

function draft(kind: LetterKind, d: LetterDetails, s: LetterSending): Record<string, unknown> {
  const sent = { sentAt: s.sentAt, channel: s.channel, ...(s.documentId ? { documentId: s.documentId } : {}) };
  const type = letterActions[kind];
  switch (kind) {
    case 'information-request':
      return { type, requestId: s.recordId, items: d.items ? [...d.items] : [], ...(d.note?.trim() ? { note: d.note } : {}), ...sent };
    case 'delay-notice':
      return { type, noticeId: s.recordId, reason: d.reason ?? '', newExpectedDate: d.newExpectedDate ?? '', ...sent };
    case 'final-response':
      return { type, outcome: d.outcome, remedies: d.remedies ? [...d.remedies] : [], summary: d.summary ?? '', ...sent };
    case 'escalation-outcome':
      return { type, decision: d.decision, summary: d.summary ?? '', ...sent };
    case 'deadlock-letter':
    case 'eight-week-letter':
      return { type, wording: s.wording ?? '', ownerName: s.ownerName ?? '', ...sent };
    default:
      return { type, ...sent };
  }
}

/** The action for `kind`, or what is missing from the details (the schema's own messages). */
export function letterAction(kind: LetterKind, details: LetterDetails, sending: LetterSending): LetterActionResult {
  const parsed = caseAction.safeParse(draft(kind, details, sending));
  if (parsed.success) return { ok: true, action: parsed.data };
  return { ok: false, missing: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}
