// Actions on the six-point main path: acknowledge, review, investigate, respond, take action, close.
import { z } from 'zod';
import {
  channel,
  complaintCategory,
  customerAnswers,
  entityId,
  instant,
  isoDate,
  optionalText,
  remedy,
  requiredText,
  responseOutcome,
  rootCause,
} from '../../../model';

/** An eight-week or deadlock letter is recorded with its final wording, checked against the Ombudsman's guidance. */
export const rightsLetterWording = {
  wording: requiredText('Final wording of the letter', { max: 50_000, required: 'Give the final wording of the letter as sent' }),
  ownerName: requiredText('Person who owns the complaint', { max: 200, required: 'Name the person who owns the complaint' }),
};

const letterCopy = entityId('Letter copy').optional();

export const acknowledgeAction = z.object({
  type: z.literal('acknowledge'),
  sentAt: instant('Date the acknowledgement was sent', 'Record when the acknowledgement was sent'),
  channel: channel('Record how the acknowledgement was sent'),
  documentId: letterCopy,
});

export const startReviewAction = z.object({ type: z.literal('startReview') });

export const categoriseAction = z.object({ type: z.literal('categorise'), category: complaintCategory });

export const assignInvestigatorAction = z.object({
  type: z.literal('assignInvestigator'),
  investigatorId: entityId('Investigator', 'Choose the investigator'),
});

export const startInvestigationAction = z.object({ type: z.literal('startInvestigation') });

export const recordFindingsAction = z.object({
  type: z.literal('recordFindings'),
  factsEstablished: requiredText('Facts established', { max: 20_000, required: 'Record the facts established' }),
  cause: requiredText('Cause', { max: 5000, required: 'Record the cause' }),
});

export const sendDelayNoticeAction = z.object({
  type: z.literal('sendDelayNotice'),
  noticeId: entityId('Delay notice id'),
  reason: requiredText('Reason for the delay', { max: 2000, required: 'Record the reason for the delay' }),
  newExpectedDate: isoDate('New expected date', 'Record the new date the customer can expect a response'),
  sentAt: instant('Date the delay notice was sent', 'Record when the delay notice was sent'),
  channel: channel('Record how the delay notice was sent'),
  documentId: letterCopy,
});

export const respondAction = z.object({
  type: z.literal('respond'),
  outcome: responseOutcome,
  remedies: z.array(remedy, { error: 'Record the remedy offered' }).min(1, 'Record the remedy offered (an explanation at least)'),
  summary: requiredText('Summary of the final response', { max: 20_000 }),
  sentAt: instant('Date the final response was sent', 'Record when the final response was sent'),
  channel: channel('Record how the final response was sent'),
  documentId: letterCopy,
});

export const recordCustomerAcceptanceAction = z.object({
  type: z.literal('recordCustomerAcceptance'),
  answer: z.enum(customerAnswers, { error: 'Record whether the customer accepts the final response' }),
  on: isoDate('Date of the customer’s answer'),
  note: optionalText('Note', 2000),
});

export const sendDeadlockLetterAction = z.object({
  type: z.literal('sendDeadlockLetter'),
  sentAt: instant('Date the deadlock letter was sent', 'Record when the deadlock letter was sent'),
  channel: channel('Record how the deadlock letter was sent'),
  documentId: letterCopy,
  ...rightsLetterWording,
});

export const addImprovementActionAction = z.object({
  type: z.literal('addImprovementAction'),
  actionId: entityId('Improvement action id'),
  what: requiredText('What will change', { max: 2000 }),
  owner: requiredText('Owner of the improvement action', { max: 200 }),
  ownerUserId: entityId('Owner').optional(),
  due: isoDate('Due date'),
});

export const completeImprovementActionAction = z.object({
  type: z.literal('completeImprovementAction'),
  actionId: entityId('Improvement action', 'Choose the improvement action'),
  doneOn: isoDate('Date done'),
  note: optionalText('What was done', 2000),
});

export const recordNoImprovementNeededAction = z.object({
  type: z.literal('recordNoImprovementNeeded'),
  reason: requiredText('Reason no improvement is needed', { max: 2000 }),
});

export const confirmActionsTakenAction = z.object({ type: z.literal('confirmActionsTaken') });

export const closeAction = z.object({
  type: z.literal('close'),
  rootCause,
  lessonsLearned: requiredText('Lessons learned', { max: 10_000, required: 'Record the lessons learned' }),
});

export const mainPathActions = [
  acknowledgeAction,
  startReviewAction,
  categoriseAction,
  assignInvestigatorAction,
  startInvestigationAction,
  recordFindingsAction,
  sendDelayNoticeAction,
  respondAction,
  recordCustomerAcceptanceAction,
  sendDeadlockLetterAction,
  addImprovementActionAction,
  completeImprovementActionAction,
  recordNoImprovementNeededAction,
  confirmActionsTakenAction,
  closeAction,
] as const;
