// The "Make case pack" form: its values, their zod schema, and the choices they become for makeCasePack.
import type { Control } from 'react-hook-form';
import { z } from 'zod';
import { lawfulBases, recipientKindLabels, recipientKinds, type LawfulBasis, type Recipient, type RecipientKind } from '../../../shared/model';
import type { CasePackChoices } from '../../store/make-case-pack';

/** Anyone outside the company; the customer needs no pack (their own data goes by subject access). */
export const packRecipientKinds = recipientKinds.filter((k): k is Exclude<RecipientKind, 'customer'> => k !== 'customer');

export const casePackFormSchema = z
  .object({
    recipientKind: z.enum(packRecipientKinds, { error: 'Choose who the pack is for' }),
    recipientName: z.string().trim().max(200, 'Recipient name must be at most 200 characters'),
    /** Filled only when the case holds no consent for the recipient. */
    needsLawfulReason: z.boolean(),
    lawfulBasis: z.union([z.enum(lawfulBases), z.literal('')]),
    lawfulReason: z.string().trim().max(2000, 'Reason for disclosure must be at most 2000 characters'),
    includeStaffIdentity: z.boolean(),
    includeReason: z.string().trim().max(1000, 'Reason for including the employee must be at most 1000 characters'),
  })
  .superRefine((v, ctx) => {
    const need = (ok: boolean, path: string, message: string) => ok || ctx.addIssue({ code: 'custom', path: [path], message });
    need(v.recipientKind === 'energy-ombudsman' || v.recipientName !== '', 'recipientName', 'Give the name of the recipient');
    if (v.needsLawfulReason) {
      need(v.lawfulBasis !== '', 'lawfulBasis', 'Choose the lawful basis for disclosure');
      need(v.lawfulReason !== '', 'lawfulReason', 'Give the reason for disclosure without consent');
    }
    need(!v.includeStaffIdentity || v.includeReason !== '', 'includeReason', 'Give the reason for including the employee');
  });
export type CasePackFormValues = z.input<typeof casePackFormSchema>;
export type CasePackFormOutput = z.output<typeof casePackFormSchema>;
export type CasePackControl = Control<CasePackFormValues, unknown, CasePackFormOutput>;

export const defaultCasePackForm: CasePackFormValues = {
  recipientKind: 'energy-ombudsman',
  recipientName: '',
  needsLawfulReason: false,
  lawfulBasis: '',
  lawfulReason: '',
  includeStaffIdentity: false,
  includeReason: '',
};

export function recipientOf(values: Pick<CasePackFormValues, 'recipientKind' | 'recipientName'>): Recipient {
  const kind = values.recipientKind;
  return { kind, name: kind === 'energy-ombudsman' ? recipientKindLabels[kind] : values.recipientName.trim() };
}

export function choicesOf(caseId: string, values: CasePackFormOutput): CasePackChoices {
  return {
    caseId,
    recipient: recipientOf(values),
    ...(values.needsLawfulReason && values.lawfulBasis !== '' ? { lawfulReason: { basis: values.lawfulBasis as LawfulBasis, reason: values.lawfulReason } } : {}),
    ...(values.includeStaffIdentity ? { includeStaffIdentity: { reason: values.includeReason } } : {}),
  };
}
