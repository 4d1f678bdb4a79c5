// What is recorded at receipt and at every later contact (CHSR 2008 regulation 4): how it was made, advice, resolution.
import { z } from 'zod';
import { channel } from './channel';
import { entityId, instant, optionalText, requiredText } from './fields';

export const madeHows = ['oral', 'written'] as const;
export type MadeHow = (typeof madeHows)[number];
export const madeHowLabels: Record<MadeHow, string> = { oral: 'Orally', written: 'In writing' };
export const madeHow = z.enum(madeHows, { error: 'Choose whether it was made orally or in writing' });

/** Who made a later contact: the customer who complained, or someone else on their behalf. */
export const contactMakers = ['customer', 'on-behalf'] as const;
export type ContactMaker = (typeof contactMakers)[number];
export const contactMakerLabels: Record<ContactMaker, string> = { customer: 'The customer', 'on-behalf': 'Someone on their behalf' };

/** Whether the complaint is resolved at this contact, and on what basis (regulation 4(1)(g)). */
const resolution = {
  resolved: z.boolean({ error: 'Say whether the complaint is resolved' }),
  resolvedBasis: optionalText('Basis on which it is resolved', 2000),
  adviceGiven: optionalText('Advice given or action taken', 5000),
};

function resolvedNeedsBasis(r: { resolved: boolean; resolvedBasis?: string | undefined }, ctx: z.RefinementCtx) {
  if (r.resolved && !r.resolvedBasis) {
    ctx.addIssue({ code: 'custom', path: ['resolvedBasis'], message: 'Say on what basis the complaint is resolved' });
  }
}

export const receiptRecordShape = z.object({
  madeHow,
  /** The way of communicating agreed with the customer: every letter and reminder uses it. */
  agreedChannel: channel('Choose the way of communicating agreed with the customer'),
  ...resolution,
});
export const receiptRecord = receiptRecordShape.superRefine(resolvedNeedsBasis);
export type ReceiptRecord = z.infer<typeof receiptRecord>;

export const laterContactShape = z.object({
  id: entityId('Contact id'),
  at: instant('Date and time of the contact'),
  madeHow,
  madeBy: z.enum(contactMakers, { error: 'Choose who made the contact' }),
  /** Who contacted us, when someone other than the customer did: name and how to reach them. */
  onBehalfName: optionalText('Name of the person acting for the customer', 200),
  onBehalfContact: optionalText('How to reach the person acting for the customer', 300),
  summary: requiredText('Summary of the contact', { max: 10_000 }),
  ...resolution,
  recordedById: entityId('Who recorded the contact'),
  recordedAt: instant('Date the contact was recorded'),
});
export const laterContact = laterContactShape.superRefine((c, ctx) => {
  resolvedNeedsBasis(c, ctx);
  if (c.madeBy === 'on-behalf' && !c.onBehalfName) {
    ctx.addIssue({ code: 'custom', path: ['onBehalfName'], message: 'Record who made the contact on the customer’s behalf' });
  }
});
export type LaterContact = z.infer<typeof laterContact>;
