// Disclosure of personal details outside the company: recipients, the customer's consents, lawful reasons, packs made.
import { z } from 'zod';
import { channel } from './channel';
import { entityId, instant, optionalText, requiredText, sha256Hex } from './fields';

export const recipientKinds = [
  'customer',
  'energy-ombudsman',
  'consumer-agency',
  'regulator',
  'law-enforcement',
  'energy-supplier',
  'customer-representative',
  'other',
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

export const recipientKindLabels: Record<RecipientKind, string> = {
  customer: 'The customer',
  'energy-ombudsman': 'Energy Ombudsman',
  'consumer-agency': 'Consumer protection agency',
  regulator: 'Regulator',
  'law-enforcement': 'Law enforcement',
  'energy-supplier': 'Energy supplier',
  'customer-representative': "Customer's representative",
  other: 'Other',
};

/** Who personal details go to. Kind and name together identify the recipient (e.g. supplier "British Gas"). */
export const recipient = z.object(
  {
    kind: z.enum(recipientKinds, { error: 'Choose who the recipient is' }),
    name: requiredText('Recipient name', { max: 200 }),
  },
  { error: 'Choose the recipient' },
);
export type Recipient = z.infer<typeof recipient>;

export const consent = z.object({
  id: entityId('Consent id'),
  recipient,
  purpose: requiredText('Purpose of the consent', { max: 1000 }),
  givenAt: instant('Date consent was given'),
  how: channel('Choose how the customer gave consent'),
  recordedById: entityId('Who recorded the consent'),
  recordedAt: instant('Date consent was recorded'),
  withdrawnAt: instant('Date consent was withdrawn').optional(),
  withdrawalHow: channel('Choose how the customer withdrew consent').optional(),
  withdrawalRecordedById: entityId('Who recorded the withdrawal').optional(),
});
export type Consent = z.infer<typeof consent>;

export const lawfulBases = [
  'legal-obligation',
  'ombudsman-or-regulator-rules',
  'law-enforcement-request',
  'legal-claim',
  'vital-interests',
] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  'legal-obligation': 'A legal obligation',
  'ombudsman-or-regulator-rules': 'Ombudsman or regulator rules the company must follow',
  'law-enforcement-request': 'A request from law enforcement',
  'legal-claim': 'Establishing or defending a legal claim',
  'vital-interests': "Protecting someone's vital interests",
};

/** A complaints manager's record of the lawful reason to disclose without consent. */
export const lawfulDisclosure = z.object({
  id: entityId('Lawful disclosure id'),
  recipient,
  basis: z.enum(lawfulBases, { error: 'Choose the lawful basis for disclosure' }),
  reason: requiredText('Reason for disclosure', { max: 2000 }),
  recordedById: entityId('Who recorded the lawful reason'),
  recordedAt: instant('Date the lawful reason was recorded'),
});
export type LawfulDisclosure = z.infer<typeof lawfulDisclosure>;

/** A case pack (or other export) that left the company, and what allowed it. */
export const disclosure = z.object({
  id: entityId('Case pack id'),
  recipient,
  madeAt: instant('Date the case pack was made'),
  madeById: entityId('Who made the case pack'),
  fileName: requiredText('File name', { max: 255 }),
  sha256: sha256Hex,
  basis: z.enum(['customer', 'consent', 'lawful-reason']),
  consentId: entityId('Consent id').optional(),
  lawfulDisclosureId: entityId('Lawful disclosure id').optional(),
  /** Present only when a complaints manager deliberately included the employee's identity and account. */
  staffIdentityIncluded: z
    .object({ reason: requiredText('Reason for including the employee', { max: 1000 }), byManagerId: entityId('Manager') })
    .optional(),
  note: optionalText('Note', 1000),
});
export type Disclosure = z.infer<typeof disclosure>;
