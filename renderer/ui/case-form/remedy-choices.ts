// The remedies fieldset as staff fill it in (ticks, a pounds amount, text) and the Remedy list the workflow records.
import { z } from 'zod';
import type { Remedy } from '../../../shared/model';
import { parsePounds } from './form-values';

export interface RemedyChoices {
  apology: boolean;
  explanation: boolean;
  accountCorrection: boolean;
  correctionDetail: string;
  payment: boolean;
  /** Typed in pounds, e.g. "25.00"; recorded as integer pence. */
  paymentPounds: string;
  other: boolean;
  otherText: string;
}

export function noRemedyChoices(): RemedyChoices {
  return {
    apology: false,
    explanation: false,
    accountCorrection: false,
    correctionDetail: '',
    payment: false,
    paymentPounds: '',
    other: false,
    otherText: '',
  };
}

/** Checks the ticked remedies' details where staff typed them, then gives the Remedy list. */
export const remedyChoices = z
  .object({
    apology: z.boolean(),
    explanation: z.boolean(),
    accountCorrection: z.boolean(),
    correctionDetail: z.string(),
    payment: z.boolean(),
    paymentPounds: z.string(),
    other: z.boolean(),
    otherText: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.payment) {
      const pence = parsePounds(v.paymentPounds);
      if (v.paymentPounds.trim() === '') ctx.addIssue({ code: 'custom', path: ['paymentPounds'], message: 'Payment amount is required' });
      else if (pence === null) ctx.addIssue({ code: 'custom', path: ['paymentPounds'], message: 'Payment amount must be in pounds and pence, like 25.00' });
      else if (pence <= 0) ctx.addIssue({ code: 'custom', path: ['paymentPounds'], message: 'Payment amount must be more than £0.00' });
      else if (pence > 100_000_000) ctx.addIssue({ code: 'custom', path: ['paymentPounds'], message: 'Payment amount must be at most £1,000,000.00' });
    }
    if (v.other && v.otherText.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['otherText'], message: 'Description of the other remedy is required' });
    }
  })
  .transform((v) => toRemedies(v));

export function toRemedies(v: RemedyChoices): Remedy[] {
  const remedies: Remedy[] = [];
  if (v.apology) remedies.push({ kind: 'apology' });
  if (v.explanation) remedies.push({ kind: 'explanation' });
  if (v.accountCorrection) {
    const detail = v.correctionDetail.trim();
    remedies.push(detail ? { kind: 'account-correction', detail } : { kind: 'account-correction' });
  }
  if (v.payment) remedies.push({ kind: 'payment', amountPence: parsePounds(v.paymentPounds) ?? 0 });
  if (v.other) remedies.push({ kind: 'other', text: v.otherText.trim() });
  return remedies;
}
