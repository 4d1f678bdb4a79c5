// The letter form: what staff type for each letter (its details, when and how it was sent), checked by the letter's action schema.
import { z } from 'zod';
import { checklistItems, responseOutcomes, type ChecklistItem, type ResponseOutcome } from '../../../shared/model';
import { caseAction, type CaseAction } from '../../../shared/policy';
import type { LetterDetails, LetterKind } from '../../../shared/letters';
import type { ActionDraft } from '../../ui/case-form/action-form';
import { londonInputToInstant } from '../../ui/case-form/form-values';
import { noRemedyChoices, remedyChoices, toRemedies, type RemedyChoices } from '../../ui/case-form/remedy-choices';

export interface LetterFormValues {
  items: string[];
  note: string;
  reason: string;
  newExpectedDate: string;
  outcome: string;
  remedies: RemedyChoices;
  summary: string;
  decision: string;
  sentAt: string;
  channel: string;
}

export function letterFormDefaults(items: string[], sentAt: string): LetterFormValues {
  return { items, note: '', reason: '', newExpectedDate: '', outcome: '', remedies: noRemedyChoices(), summary: '', decision: '', sentAt, channel: '' };
}

const COMPOSED_ON_RECORDING = { wording: 'The letter as composed', ownerName: 'The member of staff sending it' };

const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The part of the form that belongs in the action for `kind`: only its own details, then when and how it was sent. */
function draft(kind: LetterKind, v: Omit<LetterFormValues, 'remedies'> & { remedies: ReturnType<typeof toRemedies> }, recordId: string): ActionDraft {
  const sent = { sentAt: londonInputToInstant(v.sentAt), channel: v.channel };
  switch (kind) {
    case 'acknowledgement':
      return { type: 'acknowledge', ...sent };
    case 'information-request':
      return { type: 'requestInformation', requestId: recordId, items: v.items, note: blankToUndefined(v.note), ...sent };
    case 'written-confirmation-request':
      return { type: 'requestWrittenConfirmation', ...sent };
    case 'delay-notice':
      return { type: 'sendDelayNotice', noticeId: recordId, reason: v.reason, newExpectedDate: blankToUndefined(v.newExpectedDate), ...sent };
    case 'final-response':
      return { type: 'respond', outcome: v.outcome, remedies: v.remedies, summary: v.summary, ...sent };
    // The final wording checked is the composed letter itself, added when it is recorded (see recordSentLetter).
    case 'deadlock-letter':
      return { type: 'sendDeadlockLetter', ...COMPOSED_ON_RECORDING, ...sent };
    case 'eight-week-letter':
      return { type: 'sendEightWeekLetter', ...COMPOSED_ON_RECORDING, ...sent };
    case 'escalation-outcome':
      return { type: 'recordEscalationOutcome', decision: v.decision, summary: v.summary, ...sent };
  }
}

/** Form values in, the letter's workflow action out; its schema's messages land on the field of the same name. */
export function letterFormSchema(kind: LetterKind, recordId: string) {
  const remedies = kind === 'final-response' ? remedyChoices : z.custom<RemedyChoices>().transform(() => []);
  return z
    .object({
      items: z.array(z.string()),
      note: z.string(),
      reason: z.string(),
      newExpectedDate: z.string(),
      outcome: z.string(),
      remedies,
      summary: z.string(),
      decision: z.string(),
      sentAt: z.string(),
      channel: z.string(),
    })
    .transform((v) => draft(kind, v, recordId))
    .pipe(caseAction);
}

const isItem = (value: string): value is ChecklistItem => (checklistItems as readonly string[]).includes(value);
const isOutcome = (value: string): value is ResponseOutcome => (responseOutcomes as readonly string[]).includes(value);

/** The details as typed so far, for the preview: anything not yet typed (or not yet valid) is left out. */
export function previewDetails(v: Partial<LetterFormValues>): LetterDetails {
  const remedies = v.remedies ? remedyChoices.safeParse(v.remedies) : undefined;
  return {
    items: (v.items ?? []).filter(isItem),
    note: v.note,
    reason: v.reason,
    newExpectedDate: v.newExpectedDate && /^\d{4}-\d{2}-\d{2}$/.test(v.newExpectedDate) ? v.newExpectedDate : undefined,
    outcome: v.outcome && isOutcome(v.outcome) ? v.outcome : undefined,
    remedies: remedies?.success ? remedies.data : undefined,
    summary: v.summary,
    decision: v.decision && isOutcome(v.decision) ? v.decision : undefined,
  };
}

/** The details the accepted action carries (its fields have the details' names). */
export function actionDetails(action: CaseAction): LetterDetails {
  return action as LetterDetails;
}

/** The instant the letter is dated: when it was sent, as typed, or now while that is not a valid time. */
export function letterInstant(sentAt: string | undefined, now: string): string {
  const instant = sentAt ? londonInputToInstant(sentAt) : undefined;
  // londonInputToInstant passes unreadable or impossible times through as typed; only a converted instant counts.
  return instant && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(instant) ? instant : now;
}
