// The New complaint form's values as typed (text, ticks, choices), the empty form, and the schema drafts are read back with.
import { z } from 'zod';
import { storyFieldNames, type StoryFieldName } from '../../../shared/model';
import { businessValues, emptyBusiness, emptyReceipt, receiptValues } from '../../ui/case-form/business-form';
import { instantToLondonInput } from '../../ui/case-form/form-values';

export const NEW_COMPLAINT_FORM = 'new-complaint';
/** The "who the customer dealt with" choice for someone not on this desk: their name is typed. */
export const SOMEONE_ELSE = 'someone-else';

export const nextSteps = ['case', 'first-contact', 'enquiry'] as const;
export type NextStep = (typeof nextSteps)[number];

const text = z.string();

/** The customer's own account fields (shared/model/story-fields.ts), as typed. */
const storyValues = Object.fromEntries(storyFieldNames.map((name) => [name, text])) as Record<StoryFieldName, z.ZodString>;
/** A draft saved before one of them was on the form reads it back blank. */
const draftStoryValues = Object.fromEntries(storyFieldNames.map((name) => [name, text.default('')])) as Record<StoryFieldName, z.ZodDefault<z.ZodString>>;

export const customerValues = z.object({
  /** Set when an existing customer was chosen; the fields below are then not used. */
  existingId: text,
  existingLabel: text,
  name: text,
  phone: text,
  email: text,
  accountNumber: text,
  withAddress: z.boolean(),
  line1: text,
  line2: text,
  town: text,
  county: text,
  postcode: text,
});
export type CustomerValues = z.infer<typeof customerValues>;

export const intakeValues = z.object({
  channel: text,
  customer: customerValues,
  /** datetime-local, London wall-clock time. */
  receivedAt: text,
  takenById: text,
  /** '' not known yet, a user id, or SOMEONE_ELSE (then dealtWithName is typed). */
  dealtWith: text,
  dealtWithName: text,
  nature: text,
  category: text,
  ...storyValues,
  concernsStaff: z.boolean(),
  namedStaffUserIds: z.array(text),
  next: z.enum(nextSteps),
  enquiryReason: text,
  firstContact: z.object({ outcome: text, summary: text }),
  askWrittenConfirmation: z.boolean(),
  /** Checklist gaps the customer was asked for during the call. */
  requestItems: z.array(text),
  receipt: receiptValues,
  business: businessValues,
});
export type IntakeValues = z.infer<typeof intakeValues>;

/** A saved draft: drafts saved before the receipt, business or an account field were on the form read back with them blank. */
export const draftIntakeValues = intakeValues.extend({ ...draftStoryValues, receipt: receiptValues.default(emptyReceipt), business: businessValues.default(emptyBusiness) });

export function emptyCustomer(): CustomerValues {
  return { existingId: '', existingLabel: '', name: '', phone: '', email: '', accountNumber: '', withAddress: false, line1: '', line2: '', town: '', county: '', postcode: '' };
}

/** A blank form: received now, taken by the person signed in. */
export function emptyIntake(takenById: string, now: Date): IntakeValues {
  return {
    channel: '',
    customer: emptyCustomer(),
    receivedAt: instantToLondonInput(now),
    takenById,
    dealtWith: '',
    dealtWithName: '',
    nature: '',
    category: '',
    ...(Object.fromEntries(storyFieldNames.map((name) => [name, ''])) as Record<StoryFieldName, string>),
    concernsStaff: false,
    namedStaffUserIds: [],
    next: 'case',
    enquiryReason: '',
    firstContact: { outcome: '', summary: '' },
    askWrittenConfirmation: false,
    requestItems: [],
    receipt: emptyReceipt(),
    business: emptyBusiness(),
  };
}
