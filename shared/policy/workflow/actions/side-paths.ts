// Actions on the side paths: first-contact resolution, withdrawal, holds, escalation, Ombudsman and agency referrals.
import { z } from 'zod';
import {
  channel,
  entityId,
  instant,
  isoDate,
  ombudsmanDecisions,
  optionalText,
  remedy,
  requiredText,
  responseOutcome,
} from '../../../model';
import { rightsLetterWording } from './main-path';

const letterCopy = entityId('Letter copy').optional();

export const resolveAtFirstContactAction = z.object({
  type: z.literal('resolveAtFirstContact'),
  outcome: responseOutcome,
  summary: requiredText('Summary of the resolution', { max: 10_000 }),
  remedies: z.array(remedy, { error: 'Record the remedies given, if any' }),
  resolvedAt: instant('Date resolved', 'Record when the complaint was resolved'),
});

export const withdrawAction = z.object({
  type: z.literal('withdraw'),
  withdrawnAt: instant('Date withdrawn', 'Record when the customer withdrew the complaint'),
  how: channel('Record how the customer withdrew the complaint'),
  reason: optionalText('Reason given for withdrawing', 2000),
});

export const placeHoldAction = z.object({
  type: z.literal('placeHold'),
  holdId: entityId('Hold id'),
  agency: requiredText('Agency investigating', { max: 200 }),
  reference: requiredText("Agency's reference", { max: 100 }),
  from: isoDate('First day of the hold'),
  expectedTo: isoDate('Expected last day of the hold').optional(),
});

export const releaseHoldAction = z.object({
  type: z.literal('releaseHold'),
  to: isoDate('Last day of the hold'),
});

export const requestEscalationAction = z.object({
  type: z.literal('requestEscalation'),
  requestedAt: instant('Date the customer asked for escalation', 'Record when the customer asked for escalation'),
  via: channel('Record how the customer asked for escalation'),
  reason: optionalText('What the customer wants reviewed', 5000),
});

export const assignReviewerAction = z.object({
  type: z.literal('assignReviewer'),
  reviewerId: entityId('Reviewer', 'Choose the reviewer'),
});

export const recordEscalationOutcomeAction = z.object({
  type: z.literal('recordEscalationOutcome'),
  decision: responseOutcome,
  summary: requiredText('Summary of the review', { max: 10_000 }),
  sentAt: instant('Date the review outcome was sent', 'Record when the review outcome was sent'),
  channel: channel('Record how the review outcome was sent'),
  documentId: letterCopy,
});

export const referToOmbudsmanAction = z.object({
  type: z.literal('referToOmbudsman'),
  referredOn: isoDate('Date referred to the Energy Ombudsman'),
  reference: requiredText('Ombudsman reference', { max: 100 }),
});

export const recordOmbudsmanDecisionAction = z.object({
  type: z.literal('recordOmbudsmanDecision'),
  decision: z.enum(ombudsmanDecisions, { error: "Choose the Ombudsman's decision" }),
  decidedOn: isoDate("Date of the Ombudsman's decision"),
  summary: requiredText("Summary of the Ombudsman's decision", { max: 10_000 }),
  remedies: z.array(remedy, { error: 'Record the remedies required, if any' }),
  remedyDueOn: isoDate('Date the remedy is due').optional(),
});

export const completeOmbudsmanRemedyAction = z.object({
  type: z.literal('completeOmbudsmanRemedy'),
  completedOn: isoDate('Date the remedy was completed'),
});

export const referToConsumerAgencyAction = z.object({
  type: z.literal('referToConsumerAgency'),
  referralId: entityId('Referral id'),
  agency: requiredText('Consumer protection agency', { max: 200 }),
  referredOn: isoDate('Date referred'),
  reference: optionalText("Agency's reference", 100),
  note: optionalText('Note', 2000),
});

export const sendEightWeekLetterAction = z.object({
  type: z.literal('sendEightWeekLetter'),
  sentAt: instant('Date the eight-week letter was sent', 'Record when the eight-week letter was sent'),
  channel: channel('Record how the eight-week letter was sent'),
  documentId: letterCopy,
  ...rightsLetterWording,
});

export const sidePathActions = [
  resolveAtFirstContactAction,
  withdrawAction,
  placeHoldAction,
  releaseHoldAction,
  requestEscalationAction,
  assignReviewerAction,
  recordEscalationOutcomeAction,
  referToOmbudsmanAction,
  recordOmbudsmanDecisionAction,
  completeOmbudsmanRemedyAction,
  referToConsumerAgencyAction,
  sendEightWeekLetterAction,
] as const;
