// The side paths a case can take: first-contact resolution, withdrawal, holds, escalation and outside referrals.
import { z } from 'zod';
import { channel } from './channel';
import { sentRecord } from './contact';
import { deadlineRecord } from './deadline-record';
import { entityId, instant, isoDate, optionalText, requiredText } from './fields';
import { remedy, responseOutcome } from './outcome';
import { caseStage } from './stage';

export const firstContactResolution = z.object({
  outcome: responseOutcome,
  summary: requiredText('Summary of the resolution', { max: 10_000 }),
  remedies: z.array(remedy),
  resolvedAt: instant('Date resolved'),
  resolvedById: entityId('Who resolved it'),
  deadlineRecord,
});
export type FirstContactResolution = z.infer<typeof firstContactResolution>;

export const withdrawal = z.object({
  withdrawnAt: instant('Date withdrawn'),
  how: channel('Choose how the customer withdrew the complaint'),
  reason: optionalText('Reason given for withdrawing', 2000),
  recordedById: entityId('Who recorded the withdrawal'),
  /** The stage the case had reached when the customer withdrew. */
  atStage: caseStage,
  deadlineRecord,
});
export type Withdrawal = z.infer<typeof withdrawal>;

/** A regulator or law-enforcement agency is investigating: pauses the resolve-by target only, dates inclusive. */
export const hold = z.object({
  id: entityId('Hold id'),
  agency: requiredText('Agency investigating', { max: 200 }),
  reference: requiredText("Agency's reference", { max: 100 }),
  decidedById: entityId('Who decided the hold'),
  placedAt: instant('Date the hold was recorded'),
  from: isoDate('First day of the hold'),
  /** When the agency expects to finish, if it said: once passed with the hold still open, staff are reminded. */
  expectedTo: isoDate('Expected last day of the hold').optional(),
  to: isoDate('Last day of the hold').optional(),
  releasedAt: instant('Date the hold was released').optional(),
  releasedById: entityId('Who released the hold').optional(),
});
export type Hold = z.infer<typeof hold>;

export const escalationOutcome = sentRecord.extend({
  decision: responseOutcome,
  summary: requiredText('Summary of the review', { max: 10_000 }),
  decidedById: entityId('Who decided the review'),
});
export type EscalationOutcome = z.infer<typeof escalationOutcome>;

/** The customer asked for an independent review; a reviewer is assigned and the review has its own outcome. */
export const escalation = z.object({
  requestedAt: instant('Date the customer asked for escalation'),
  via: channel('Choose how the customer asked for escalation'),
  reason: optionalText('What the customer wants reviewed', 5000),
  recordedById: entityId('Who recorded the request'),
  reviewerId: entityId('Reviewer').optional(),
  reviewerAssignedAt: instant('Date the reviewer was assigned').optional(),
  reviewerAssignedById: entityId('Who assigned the reviewer').optional(),
  outcome: escalationOutcome.optional(),
});
export type Escalation = z.infer<typeof escalation>;

export const ombudsmanDecisions = ['upheld', 'partly-upheld', 'not-upheld', 'settled', 'outside-remit'] as const;
export type OmbudsmanDecisionKind = (typeof ombudsmanDecisions)[number];
export const ombudsmanDecisionLabels: Record<OmbudsmanDecisionKind, string> = {
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  settled: 'Settled by agreement',
  'outside-remit': 'Outside the Ombudsman’s remit',
};

export const ombudsmanDecision = z.object({
  decision: z.enum(ombudsmanDecisions, { error: "Choose the Ombudsman's decision" }),
  decidedOn: isoDate("Date of the Ombudsman's decision"),
  summary: requiredText("Summary of the Ombudsman's decision", { max: 10_000 }),
  remedies: z.array(remedy),
  remedyDueOn: isoDate('Date the remedy is due').optional(),
  recordedById: entityId('Who recorded the decision'),
});
export type OmbudsmanDecision = z.infer<typeof ombudsmanDecision>;

export const ombudsmanReferral = z.object({
  referredOn: isoDate('Date referred to the Energy Ombudsman'),
  reference: requiredText('Ombudsman reference', { max: 100 }),
  recordedById: entityId('Who recorded the referral'),
  recordedAt: instant('Date the referral was recorded'),
  /** The Ombudsman asked for the firm's evidence on this day; it is due on `evidenceDueOn` (a setting's days later). */
  evidenceRequestedOn: isoDate("Date the Ombudsman asked for the firm's evidence").optional(),
  evidenceDueOn: isoDate("Date the firm's evidence is due").optional(),
  /** The day the case pack (the firm's evidence) was sent to the Ombudsman. */
  evidenceSentOn: isoDate('Date the evidence was sent').optional(),
  decision: ombudsmanDecision.optional(),
  remedyCompletedOn: isoDate('Date the remedy was completed').optional(),
  remedyCompletedById: entityId('Who recorded the remedy completed').optional(),
});
export type OmbudsmanReferral = z.infer<typeof ombudsmanReferral>;

/** The customer's right at any time; recording it never blocks anything. */
export const consumerAgencyReferral = z.object({
  id: entityId('Referral id'),
  agency: requiredText('Consumer protection agency', { max: 200 }),
  referredOn: isoDate('Date referred'),
  reference: optionalText("Agency's reference", 100),
  note: optionalText('Note', 2000),
  recordedById: entityId('Who recorded the referral'),
  recordedAt: instant('Date the referral was recorded'),
});
export type ConsumerAgencyReferral = z.infer<typeof consumerAgencyReferral>;

/** A contact recorded as not a complaint, with the reason. Kept after conversion, as history. */
export const enquiryRecord = z.object({
  reason: requiredText('Reason this is not a complaint', { max: 2000 }),
  recordedById: entityId('Who recorded it as an enquiry'),
  recordedAt: instant('Date recorded as an enquiry'),
});
export type EnquiryRecord = z.infer<typeof enquiryRecord>;

export const conversion = z.object({
  convertedAt: instant('Date converted to a complaint'),
  convertedById: entityId('Who converted it'),
  reason: optionalText('Reason for converting', 2000),
});
export type Conversion = z.infer<typeof conversion>;
