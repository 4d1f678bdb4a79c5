// The complaint case: everything the six-point process records, with checks that the stage and its records agree.
import { z } from 'zod';
import { attachment } from './attachment';
import { complaintCategory } from './category';
import { contactChannel } from './channel';
import { informationChecklist } from './checklist';
import { consent, disclosure, lawfulDisclosure } from './consent';
import { conversation, delayNotice, informationRequest, sentRecord, writtenConfirmation } from './contact';
import { brokerContext } from './broker-context';
import { laterContact, receiptRecord } from './contact-record';
import { employeeProcess } from './employee-process';
import { reopening } from './reopening';
import { storyShape } from './story-fields';
import { entityId, instant, listOf, optionalText, requiredText } from './fields';
import {
  closeRecord,
  customerAcceptance,
  finalResponse,
  findings,
  improvementAction,
  noImprovementNeeded,
} from './outcome';
import {
  consumerAgencyReferral,
  conversion,
  enquiryRecord,
  escalation,
  firstContactResolution,
  hold,
  ombudsmanReferral,
  withdrawal,
} from './side-paths';
import { caseStage, hasReached } from './stage';

/** JESQ-2026-000123, or JESQ-2026-S00012 in the series of complaints about staff (shared/policy/reference-series.ts). */
export const caseReference = z
  .string({ error: 'Case reference is required' })
  .regex(/^JESQ-\d{4}-(\d{6}|S\d{5})$/, 'Case reference must look like JESQ-2026-000123');
export type CaseReference = z.infer<typeof caseReference>;

export function formatCaseReference(year: number, serial: number): CaseReference {
  return `JESQ-${year}-${String(serial).padStart(6, '0')}`;
}

/** A reference in the series of complaints about staff. */
export function formatStaffCaseReference(year: number, serial: number): CaseReference {
  return `JESQ-${year}-S${String(serial).padStart(5, '0')}`;
}

export const caseKinds = ['complaint', 'enquiry'] as const;
export type CaseKind = (typeof caseKinds)[number];
export const caseKind = z.enum(caseKinds, { error: 'Choose whether this is a complaint or an enquiry' });

/** Plain object schema (no cross-field checks) for picking and extending; `complaintCase` adds the checks. */
export const complaintCaseShape = z.object({
  id: entityId('Case id'),
  reference: caseReference,
  /**
   * References the case had before, oldest first: a desk's own, from before it joined the office server and the
   * server numbered the case again. Letters already sent carry them, so the case is still found by them.
   */
  formerReferences: z.array(caseReference).max(20, 'A case keeps at most 20 former references').optional(),
  /** Optimistic concurrency: every accepted action adds one; a write with a stale version is refused by the store. */
  version: z.number({ error: 'Version is required' }).int('Version must be a whole number').min(1, 'Version must be 1 or more'),
  createdAt: instant('Date recorded'),
  updatedAt: instant('Date last changed'),

  kind: caseKind,
  enquiry: enquiryRecord.optional(),
  conversion: conversion.optional(),

  channel: contactChannel,
  /** When the customer actually complained: the clock and the 8-week date run from here. */
  receivedAt: instant('Date and time received'),
  recordedById: entityId('Who recorded the complaint'),
  takenById: entityId('Who took the complaint'),
  dealtWithName: optionalText('Name of the person the customer dealt with', 200),
  dealtWithUserId: entityId('Staff member the customer dealt with').optional(),
  customerId: entityId('Customer', 'Choose the customer'),
  nature: requiredText('Nature of the complaint', { max: 20_000 }),
  category: complaintCategory.optional(),
  ...storyShape,
  /** CHSR 2008 regulation 4: how it was made, the agreed way of communicating, advice given, resolved and why. */
  receipt: receiptRecord.optional(),
  /** Every later contact about the complaint, logged the same way, with who made it. */
  laterContacts: listOf(laterContact, 'Later contacts').optional(),
  /** The business complaining, for a broker's customers. */
  business: brokerContext.optional(),
  /** Each time the complaint was reopened, with the life it ended. */
  reopenings: listOf(reopening, 'Reopenings').optional(),

  stage: caseStage,

  checklist: informationChecklist,
  informationRequests: listOf(informationRequest, 'Information requests'),
  writtenConfirmationRequest: sentRecord.optional(),
  writtenConfirmation: writtenConfirmation.optional(),
  acknowledgement: sentRecord.optional(),
  conversations: listOf(conversation, 'Conversations'),
  attachments: listOf(attachment, 'Attachments'),

  investigatorId: entityId('Investigator').optional(),
  investigatorAssignedAt: instant('Date the investigator was assigned').optional(),
  findings: findings.optional(),
  delayNotices: listOf(delayNotice, 'Delay notices'),
  response: finalResponse.optional(),
  customerAcceptance: customerAcceptance.optional(),
  deadlockLetter: sentRecord.optional(),
  eightWeekLetter: sentRecord.optional(),
  improvementActions: listOf(improvementAction, 'Improvement actions'),
  noImprovementNeeded: noImprovementNeeded.optional(),
  actionsTakenAt: instant('Date actions were confirmed taken').optional(),
  closeRecord: closeRecord.optional(),

  firstContactResolution: firstContactResolution.optional(),
  withdrawal: withdrawal.optional(),
  holds: listOf(hold, 'Holds'),
  escalation: escalation.optional(),
  ombudsman: ombudsmanReferral.optional(),
  consumerAgencyReferrals: listOf(consumerAgencyReferral, 'Consumer agency referrals'),

  /** A complaint about an employee is confidential (see policy/confidentiality). */
  concernsStaff: z.boolean({ error: 'Say whether the complaint concerns staff' }),
  namedStaffUserIds: listOf(entityId('Named employee'), 'Named employees'),
  employeeProcess: employeeProcess.optional(),

  consents: listOf(consent, 'Consents'),
  lawfulDisclosures: listOf(lawfulDisclosure, 'Lawful disclosures'),
  disclosures: listOf(disclosure, 'Case packs made'),
});
export type ComplaintCase = z.infer<typeof complaintCaseShape>;

type Problem = { path: string; message: string };

/** Cross-field rules a stored case always satisfies; the store runs them on every write and restore. */
export function caseProblems(c: ComplaintCase): Problem[] {
  const problems: Problem[] = [];
  const need = (ok: unknown, path: string, message: string) => {
    if (!ok) problems.push({ path, message });
  };
  need(c.kind !== 'enquiry' || c.enquiry, 'enquiry', 'An enquiry must record why it is not a complaint');
  need(c.kind !== 'enquiry' || c.stage === 'received', 'stage', 'An enquiry cannot move through the complaint stages');
  need(c.namedStaffUserIds.length === 0 || c.concernsStaff, 'concernsStaff', 'A complaint that names an employee concerns staff');
  need(!c.concernsStaff || c.employeeProcess, 'employeeProcess', 'A complaint about staff must have the employee checklist');
  need(
    !c.investigatorId || !c.namedStaffUserIds.includes(c.investigatorId),
    'investigatorId',
    'The investigator cannot be an employee named in the complaint',
  );
  need(!hasReached(c.stage, 'acknowledged') || c.acknowledgement, 'acknowledgement', 'An acknowledged case must record the acknowledgement');
  need(!hasReached(c.stage, 'investigating') || c.investigatorId, 'investigatorId', 'A case under investigation must have an investigator');
  need(!hasReached(c.stage, 'responded') || c.findings, 'findings', 'A responded case must record its findings');
  need(!hasReached(c.stage, 'responded') || c.response, 'response', 'A responded case must record the final response');
  need(
    !hasReached(c.stage, 'actions-taken') || c.customerAcceptance,
    'customerAcceptance',
    "A case with actions taken must record the customer's answer to the final response",
  );
  need(
    !hasReached(c.stage, 'actions-taken') ||
      c.noImprovementNeeded ||
      (c.improvementActions.length > 0 && c.improvementActions.every((a) => a.doneOn)),
    'improvementActions',
    'A case with actions taken must have every improvement action done, or none needed',
  );
  need(c.stage !== 'closed' || c.closeRecord, 'closeRecord', 'A closed case must have its close record');
  need(
    c.stage !== 'resolved-at-first-contact' || c.firstContactResolution,
    'firstContactResolution',
    'A case resolved at first contact must record the resolution',
  );
  need(c.stage !== 'withdrawn' || c.withdrawal, 'withdrawal', 'A withdrawn case must record the withdrawal');
  need(c.holds.filter((h) => !h.to).length <= 1, 'holds', 'A case can have only one hold open at a time');
  need(
    !c.deadlockLetter || c.customerAcceptance?.answer === 'deadlock' || (c.reopenings ?? []).some((r) => r.previous.customerAcceptance?.answer === 'deadlock'),
    'deadlockLetter', 'A deadlock letter needs the customer not to accept the final response');
  return problems;
}

export const complaintCase = complaintCaseShape.superRefine((c, ctx) => {
  for (const p of caseProblems(c)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
});

/** The facts confidentiality rules look at, taken from a case. */
export function confidentialityFacts(c: ComplaintCase) {
  return {
    concernsStaff: c.concernsStaff,
    namedStaffUserIds: c.namedStaffUserIds,
    investigatorId: c.investigatorId,
    recordedById: c.recordedById,
  };
}
