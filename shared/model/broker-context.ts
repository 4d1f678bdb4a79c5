// A business customer's complaint to a broker: the business, its size, suppliers, meter points, authority, commission.
import { z } from 'zod';
import { checkMpanCore, checkMprn, type MeterNumberCheck } from '../policy/broker/meter-points';
import { isoDate, optionalText, requiredText } from './fields';

export const businessSizes = ['micro', 'small', 'other'] as const;
export type BusinessSizeKind = (typeof businessSizes)[number];
export const businessSizeLabels: Record<BusinessSizeKind, string> = {
  micro: 'Micro business',
  small: 'Small business',
  other: 'Larger business (not micro or small)',
};

export const commissionDisclosures = ['yes', 'no', 'unknown'] as const;
export type CommissionDisclosure = (typeof commissionDisclosures)[number];
export const commissionDisclosureLabels: Record<CommissionDisclosure, string> = {
  yes: 'Disclosed',
  no: 'Not disclosed',
  unknown: 'Not known yet',
};

export const supplierInvolved = z.object({
  name: requiredText('Supplier name', { max: 200 }),
  complaintReference: optionalText("Supplier's complaint reference", 100),
});
export type SupplierInvolved = z.infer<typeof supplierInvolved>;

/** A meter number checked by the policy's rule, stored as the rule returns it (without spaces). */
function checkedNumber(label: string, check: (text: string) => MeterNumberCheck) {
  return z.string({ error: `${label} is required` }).transform((text, ctx) => {
    const checked = check(text);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.problem });
      return z.NEVER;
    }
    return checked.value;
  });
}

/** An MPAN core (electricity, check digit validated) or an MPRN (gas); stored without spaces. */
export const meterPoint = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('mpan'), number: checkedNumber('MPAN', checkMpanCore) }), z.object({ kind: z.literal('mprn'), number: checkedNumber('MPRN', checkMprn) })],
  { error: 'Choose whether the meter point is an MPAN (electricity) or an MPRN (gas)' },
);
export type MeterPoint = z.infer<typeof meterPoint>;

export const brokerContextShape = z.object({
  businessName: requiredText('Business name', { max: 200 }),
  /** The person complaining for the business. */
  actingPerson: requiredText('Person complaining for the business', { max: 200 }),
  businessSize: z.enum(businessSizes, { error: 'Choose the business size: micro, small or other' }).optional(),
  /** Why the size was chosen (employees, turnover, consumption): it decides Energy Ombudsman eligibility. */
  businessSizeReason: optionalText('Reason for the business size', 1000),
  suppliers: z.array(supplierInvolved).max(20, 'At most 20 suppliers'),
  meterPoints: z.array(meterPoint).max(100, 'At most 100 meter points'),
  contractStart: isoDate('Contract start date').optional(),
  contractEnd: isoDate('Contract end date').optional(),
  letterOfAuthorityOnFile: z.boolean({ error: 'Say whether a letter of authority is on file' }),
  letterOfAuthorityExpires: isoDate('Letter of authority expiry date').optional(),
  commissionDisclosed: z.enum(commissionDisclosures, { error: "Say whether the broker's commission was disclosed" }),
}, { error: 'Record the business details' });

export const brokerContext = brokerContextShape.superRefine((b, ctx) => {
  if (b.businessSize && !b.businessSizeReason) {
    ctx.addIssue({ code: 'custom', path: ['businessSizeReason'], message: 'Give the reason for the business size (employees, turnover or energy use)' });
  }
  if (b.contractStart && b.contractEnd && b.contractEnd < b.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'The contract end date must be on or after its start date' });
  }
  if (b.letterOfAuthorityExpires && !b.letterOfAuthorityOnFile) {
    ctx.addIssue({ code: 'custom', path: ['letterOfAuthorityExpires'], message: 'A letter of authority expiry needs the letter on file' });
  }
});
export type BrokerContext = z.infer<typeof brokerContext>;
export type BrokerContextInput = z.input<typeof brokerContext>;
