// The business and receipt-record fields as typed (intake and the case page), and their conversion to the model's shape.
import { z } from 'zod';
import { verbalChannels, type BrokerContextInput, type ContactChannel, type MadeHow } from '../../../shared/model';
import { blankToUndefined } from './form-values';

const text = z.string();

export const businessValues = z.object({
  /** Off for a domestic customer: the business fields are then not saved. */
  include: z.boolean(),
  businessName: text,
  actingPerson: text,
  businessSize: text,
  businessSizeReason: text,
  /** One supplier a line: "Supplier name, their complaint reference". */
  suppliers: text,
  /** One MPAN core a line (13 digits), and one MPRN a line. */
  mpans: text,
  mprns: text,
  contractStart: text,
  contractEnd: text,
  letterOfAuthorityOnFile: z.boolean(),
  letterOfAuthorityExpires: text,
  commissionDisclosed: text,
});
export type BusinessValues = z.infer<typeof businessValues>;

export const receiptValues = z.object({
  /** '' = from the channel (telephone and in person are oral). */
  madeHow: text,
  agreedChannel: text,
  adviceGiven: text,
  resolved: z.boolean(),
  resolvedBasis: text,
});
export type ReceiptValues = z.infer<typeof receiptValues>;

export function emptyBusiness(): BusinessValues {
  return {
    include: false,
    businessName: '',
    actingPerson: '',
    businessSize: '',
    businessSizeReason: '',
    suppliers: '',
    mpans: '',
    mprns: '',
    contractStart: '',
    contractEnd: '',
    letterOfAuthorityOnFile: false,
    letterOfAuthorityExpires: '',
    commissionDisclosed: 'unknown',
  };
}

export function emptyReceipt(): ReceiptValues {
  return { madeHow: '', agreedChannel: '', adviceGiven: '', resolved: false, resolvedBasis: '' };
}

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The business as the model takes it; the model's schema then checks it (MPAN check digits included). */
export function businessOf(v: BusinessValues): BrokerContextInput | undefined {
  if (!v.include) return undefined;
  return {
    businessName: v.businessName,
    actingPerson: v.actingPerson,
    businessSize: (blankToUndefined(v.businessSize) as BrokerContextInput['businessSize']) ?? undefined,
    businessSizeReason: blankToUndefined(v.businessSizeReason),
    suppliers: lines(v.suppliers).map((line) => {
      const [name = '', ...reference] = line.split(',');
      return { name: name.trim(), complaintReference: blankToUndefined(reference.join(',')) };
    }),
    meterPoints: [...lines(v.mpans).map((number) => ({ kind: 'mpan' as const, number })), ...lines(v.mprns).map((number) => ({ kind: 'mprn' as const, number }))],
    contractStart: blankToUndefined(v.contractStart),
    contractEnd: blankToUndefined(v.contractEnd),
    letterOfAuthorityOnFile: v.letterOfAuthorityOnFile,
    letterOfAuthorityExpires: v.letterOfAuthorityOnFile ? blankToUndefined(v.letterOfAuthorityExpires) : undefined,
    commissionDisclosed: (v.commissionDisclosed || 'unknown') as BrokerContextInput['commissionDisclosed'],
  };
}

/** Business values from a recorded business, to edit it. */
export function businessValuesOf(b: BrokerContextInput | undefined): BusinessValues {
  if (!b) return emptyBusiness();
  return {
    include: true,
    businessName: b.businessName,
    actingPerson: b.actingPerson,
    businessSize: b.businessSize ?? '',
    businessSizeReason: b.businessSizeReason ?? '',
    suppliers: b.suppliers.map((s) => (s.complaintReference ? `${s.name}, ${s.complaintReference}` : s.name)).join('\n'),
    mpans: b.meterPoints.filter((m) => m.kind === 'mpan').map((m) => m.number).join('\n'),
    mprns: b.meterPoints.filter((m) => m.kind === 'mprn').map((m) => m.number).join('\n'),
    contractStart: b.contractStart ?? '',
    contractEnd: b.contractEnd ?? '',
    letterOfAuthorityOnFile: b.letterOfAuthorityOnFile,
    letterOfAuthorityExpires: b.letterOfAuthorityExpires ?? '',
    commissionDisclosed: b.commissionDisclosed,
  };
}

/** How a complaint made by `channel` was made, when staff did not say: telephone and in person are oral. */
export function madeHowOf(channel: string): MadeHow {
  return (verbalChannels as readonly string[]).includes(channel) ? 'oral' : 'written';
}

export function receiptOf(v: ReceiptValues, channel: string) {
  return {
    madeHow: (v.madeHow || madeHowOf(channel)) as MadeHow,
    agreedChannel: (v.agreedChannel || channel) as ContactChannel,
    adviceGiven: blankToUndefined(v.adviceGiven),
    resolved: v.resolved,
    resolvedBasis: v.resolved ? blankToUndefined(v.resolvedBasis) : undefined,
  };
}

/** Where an issue from the business schema shows: meter points on the MPAN or MPRN box, suppliers on theirs. */
export function businessFieldOf(path: readonly PropertyKey[], b: BrokerContextInput | undefined): string {
  const [first, index] = path;
  if (first === 'meterPoints' && typeof index === 'number') return b?.meterPoints[index]?.kind === 'mprn' ? 'business.mprns' : 'business.mpans';
  return `business.${String(first)}`;
}
