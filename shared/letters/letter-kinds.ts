// The letters the policy sends a customer, the template each uses, and the workflow action that records it sent.
import type { CaseActionType } from '../policy';

/** Every letter the case page offers; the deadlock letter is the final response, re-sent when the customer does not accept it. */
export const letterKinds = [
  'acknowledgement',
  'information-request',
  'written-confirmation-request',
  'delay-notice',
  'final-response',
  'deadlock-letter',
  'eight-week-letter',
  'escalation-outcome',
] as const;
export type LetterKind = (typeof letterKinds)[number];

/** The templates an administrator words: one per letter, except the deadlock letter, which is a final response. */
export const templateKinds = [
  'acknowledgement',
  'information-request',
  'written-confirmation-request',
  'delay-notice',
  'final-response',
  'eight-week-letter',
  'escalation-outcome',
] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const templateLabels: Record<TemplateKind, string> = {
  acknowledgement: 'Acknowledgement',
  'information-request': 'Request for information',
  'written-confirmation-request': 'Request for written confirmation',
  'delay-notice': 'Delay notice',
  'final-response': 'Final response',
  'eight-week-letter': '8-week letter',
  'escalation-outcome': 'Escalation outcome',
};

export const letterLabels: Record<LetterKind, string> = {
  ...templateLabels,
  'deadlock-letter': 'Deadlock letter (final response)',
};

export function templateOf(kind: LetterKind): TemplateKind {
  return kind === 'deadlock-letter' ? 'final-response' : kind;
}

/** Recording a letter as sent is this workflow action: it is what moves the case on. */
export const letterActions = {
  acknowledgement: 'acknowledge',
  'information-request': 'requestInformation',
  'written-confirmation-request': 'requestWrittenConfirmation',
  'delay-notice': 'sendDelayNotice',
  'final-response': 'respond',
  'deadlock-letter': 'sendDeadlockLetter',
  'eight-week-letter': 'sendEightWeekLetter',
  'escalation-outcome': 'recordEscalationOutcome',
} as const satisfies Record<LetterKind, CaseActionType>;
export type LetterActionType = (typeof letterActions)[LetterKind];

/** The letter an action records as sent, or null when the action sends no letter. */
export function letterRecordedBy(type: CaseActionType): LetterKind | null {
  const found = (Object.keys(letterActions) as LetterKind[]).find((kind) => letterActions[kind] === type);
  return found ?? null;
}

export function isLetterKind(value: string): value is LetterKind {
  return (letterKinds as readonly string[]).includes(value);
}
