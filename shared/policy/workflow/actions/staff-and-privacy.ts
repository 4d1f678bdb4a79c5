// Actions for complaints about staff and for personal information: naming staff, the employee checklist, consent, disclosure.
import { z } from 'zod';
import {
  channel,
  employeeChecklistItem,
  entityId,
  instant,
  isoDate,
  lawfulBases,
  optionalText,
  recipient,
  requiredText,
  sha256Hex,
} from '../../../model';

export const recordStaffConcernAction = z.object({
  type: z.literal('recordStaffConcern'),
  /** The employees named, as far as known; may be empty while the employee is not yet identified. */
  namedStaffUserIds: z.array(entityId('Named employee'), { error: 'Choose the employees named, if known' }),
});

export const recordEmployeeChecklistItemAction = z.object({
  type: z.literal('recordEmployeeChecklistItem'),
  item: employeeChecklistItem,
  outcome: z.enum(['done', 'waived'], { error: 'Choose whether the step was done or is waived' }),
  on: isoDate('Date of the step'),
  /** For opportunityToExplain done: the employee's account. */
  account: optionalText("The employee's account", 10_000),
  /** For supportOffered done: what support was offered. */
  support: optionalText('Support offered', 2000),
  /** For waived: why the step is not needed. */
  reason: optionalText('Reason for waiving the step', 1000),
});

export const recordConsentAction = z.object({
  type: z.literal('recordConsent'),
  consentId: entityId('Consent id'),
  recipient,
  purpose: requiredText('Purpose of the consent', { max: 1000 }),
  givenAt: instant('Date consent was given', 'Record when the customer gave consent'),
  how: channel('Record how the customer gave consent'),
});

export const withdrawConsentAction = z.object({
  type: z.literal('withdrawConsent'),
  consentId: entityId('Consent', 'Choose the consent being withdrawn'),
  withdrawnAt: instant('Date consent was withdrawn', 'Record when the customer withdrew consent'),
  how: channel('Record how the customer withdrew consent'),
});

export const recordLawfulDisclosureAction = z.object({
  type: z.literal('recordLawfulDisclosure'),
  disclosureId: entityId('Lawful disclosure id'),
  recipient,
  basis: z.enum(lawfulBases, { error: 'Choose the lawful basis for disclosure' }),
  reason: requiredText('Reason for disclosure', { max: 2000 }),
});

export const recordCasePackAction = z.object({
  type: z.literal('recordCasePack'),
  packId: entityId('Case pack id'),
  recipient,
  fileName: requiredText('File name', { max: 255 }),
  sha256: sha256Hex,
  /** Only a complaints manager may include the employee's identity and account, with a reason that is logged. */
  includeStaffIdentity: z
    .object(
      { reason: requiredText('Reason for including the employee', { max: 1000 }) },
      { error: 'Give the reason for including the employee' },
    )
    .optional(),
  note: optionalText('Note', 1000),
});

export const staffAndPrivacyActions = [
  recordStaffConcernAction,
  recordEmployeeChecklistItemAction,
  recordConsentAction,
  withdrawConsentAction,
  recordLawfulDisclosureAction,
  recordCasePackAction,
] as const;
