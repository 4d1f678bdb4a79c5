// What the investigation found, the final response and remedies, the customer's answer, and improvement actions.
import { z } from 'zod';
import { rootCause } from './category';
import { sentRecord } from './contact';
import { deadlineRecord } from './deadline-record';
import { entityId, instant, isoDate, optionalText, pence, requiredText } from './fields';

export const findings = z.object({
  factsEstablished: requiredText('Facts established', { max: 20_000 }),
  cause: requiredText('Cause', { max: 5000 }),
  recordedById: entityId('Who recorded the findings'),
  recordedAt: instant('Date the findings were recorded'),
});
export type Findings = z.infer<typeof findings>;

export const responseOutcomes = ['upheld', 'partly-upheld', 'not-upheld'] as const;
export type ResponseOutcome = (typeof responseOutcomes)[number];
export const responseOutcomeLabels: Record<ResponseOutcome, string> = {
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
};
export const responseOutcome = z.enum(responseOutcomes, { error: 'Choose the outcome: upheld, partly upheld or not upheld' });

export const remedy = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('apology') }),
    z.object({ kind: z.literal('explanation') }),
    z.object({ kind: z.literal('account-correction'), detail: optionalText('What was corrected', 1000) }),
    z.object({ kind: z.literal('payment'), amountPence: pence('Payment amount') }),
    z.object({ kind: z.literal('other'), text: requiredText('Description of the other remedy', { max: 1000 }) }),
  ],
  { error: 'Choose the remedy: apology, explanation, account correction, payment or other' },
);
export type Remedy = z.infer<typeof remedy>;
export type RemedyKind = Remedy['kind'];
export const remedyLabels: Record<RemedyKind, string> = {
  apology: 'Apology',
  explanation: 'Explanation',
  'account-correction': 'Account correction',
  payment: 'Payment',
  other: 'Other',
};

export const finalResponse = sentRecord.extend({
  outcome: responseOutcome,
  remedies: z.array(remedy).min(1, 'Record the remedy offered (an explanation at least)'),
  summary: requiredText('Summary of the final response', { max: 20_000 }),
});
export type FinalResponse = z.infer<typeof finalResponse>;

/** The customer's answer to the final response; "deadlock" means they do not accept it. */
export const customerAnswers = ['accepted', 'deadlock', 'no-reply'] as const;
export type CustomerAnswer = (typeof customerAnswers)[number];
export const customerAnswerLabels: Record<CustomerAnswer, string> = {
  accepted: 'Accepted the final response',
  deadlock: 'Does not accept the final response (deadlock)',
  'no-reply': 'Has not replied',
};

export const customerAcceptance = z.object({
  answer: z.enum(customerAnswers, { error: 'Record whether the customer accepts the final response' }),
  on: isoDate('Date of the customer’s answer'),
  note: optionalText('Note', 2000),
  recordedById: entityId('Who recorded the answer'),
});
export type CustomerAcceptance = z.infer<typeof customerAcceptance>;

export const improvementAction = z.object({
  id: entityId('Improvement action id'),
  what: requiredText('What will change', { max: 2000 }),
  owner: requiredText('Owner of the improvement action', { max: 200 }),
  ownerUserId: entityId('Owner').optional(),
  due: isoDate('Due date'),
  addedById: entityId('Who added the action'),
  addedAt: instant('Date the action was added'),
  doneOn: isoDate('Date done').optional(),
  doneNote: optionalText('What was done', 2000),
  completedById: entityId('Who recorded it done').optional(),
});
export type ImprovementAction = z.infer<typeof improvementAction>;

export const noImprovementNeeded = z.object({
  reason: requiredText('Reason no improvement is needed', { max: 2000 }),
  recordedById: entityId('Who recorded it'),
  recordedAt: instant('Date recorded'),
});
export type NoImprovementNeeded = z.infer<typeof noImprovementNeeded>;

export const closeRecord = z.object({
  rootCause,
  lessonsLearned: requiredText('Lessons learned', { max: 10_000 }),
  closedAt: instant('Date closed'),
  closedById: entityId('Who closed the case'),
  deadlineRecord,
});
export type CloseRecord = z.infer<typeof closeRecord>;
