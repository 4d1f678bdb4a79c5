// The New complaint form's schema: what was typed, checked by the shared model's schemas, turned into one intake to save.
import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import {
  checklistItems,
  complaintIntake,
  customer as customerSchema,
  storyFieldNames,
  verbalChannels,
  type ChecklistItem,
  type ContactChannel,
  type ResponseOutcome,
  type StoryFieldName,
} from '../../../shared/model';
import { receivedInFuture, resolveAtFirstContactAction } from '../../../shared/policy';
import type { RecordComplaintInput } from '../../store/cases';
import type { NewCustomer } from '../../store/customers';
import { businessFieldOf, businessOf, receiptOf } from '../../ui/case-form/business-form';
import { blankToUndefined, londonInputToInstant } from '../../ui/case-form/form-values';
import { intakeValues, SOMEONE_ELSE, type CustomerValues, type IntakeValues } from './intake-values';

export interface IntakeSubmission extends RecordComplaintInput {
  writtenConfirmation: boolean;
  requestItems: ChecklistItem[];
  firstContact?: { outcome: ResponseOutcome; summary: string };
}

/** Stands in for the id of a customer not saved yet, so the intake schema can check everything else. */
const NEW_CUSTOMER_ID = 'new-customer';

export function newCustomerDetails(c: CustomerValues): NewCustomer {
  const optional = (value: string) => blankToUndefined(value);
  const address = c.withAddress
    ? { address: { line1: c.line1, line2: optional(c.line2), town: c.town, county: optional(c.county), postcode: c.postcode } }
    : {};
  return { name: c.name, phone: optional(c.phone), email: optional(c.email), accountNumber: optional(c.accountNumber), ...address } as NewCustomer;
}

export function complaintOf(v: IntakeValues): RecordComplaintInput['complaint'] {
  const staffMember = v.dealtWith !== '' && v.dealtWith !== SOMEONE_ELSE ? v.dealtWith : undefined;
  return {
    kind: v.next === 'enquiry' ? 'enquiry' : 'complaint',
    enquiryReason: v.next === 'enquiry' ? blankToUndefined(v.enquiryReason) : undefined,
    channel: v.channel as ContactChannel,
    receivedAt: londonInputToInstant(v.receivedAt) as string,
    takenById: v.takenById,
    dealtWithName: v.dealtWith === SOMEONE_ELSE ? blankToUndefined(v.dealtWithName) : undefined,
    dealtWithUserId: staffMember,
    nature: v.nature,
    category: (blankToUndefined(v.category) as RecordComplaintInput['complaint']['category']) ?? undefined,
    ...(Object.fromEntries(storyFieldNames.map((name) => [name, blankToUndefined(v[name])])) as Partial<Record<StoryFieldName, string>>),
    concernsStaff: v.concernsStaff,
    namedStaffUserIds: v.concernsStaff ? v.namedStaffUserIds : [],
    receipt: v.channel ? receiptOf(v.receipt, v.channel) : undefined,
    business: businessOf(v.business),
  };
}

/** Where an issue from the shared schema shows on the form: beside the field that holds it. */
const intakeFieldOf: Record<string, string> = { customerId: 'customer.existingId', dealtWithUserId: 'dealtWith' };
const customerFieldOf = (path: readonly PropertyKey[]) => `customer.${String(path[0] === 'address' ? path[1] : path[0])}`;

/** The ticks that only make sense on a complaint that stays open: none on an enquiry or a first-contact resolution. */
export function opensCase(v: Pick<IntakeValues, 'next'>): boolean {
  return v.next === 'case';
}

export function isVerbal(channel: string): boolean {
  return (verbalChannels as readonly string[]).includes(channel);
}

export const intakeForm = intakeValues
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    const complaint = complaintOf(v);
    const checked = complaintIntake.safeParse({ ...complaint, customerId: v.customer.existingId || NEW_CUSTOMER_ID });
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const [first, ...rest] = issue.path;
        const field =
          first === 'business' ? businessFieldOf(rest, complaint.business) : first === 'receipt' ? `receipt.${String(rest[0])}` : (intakeFieldOf[String(first)] ?? String(first));
        add(field, issue.message);
      }
    else {
      const future = receivedInFuture(checked.data.receivedAt, new Date().toISOString());
      if (future) add('receivedAt', future);
    }
    if (!v.customer.existingId) {
      const details = customerSchema.safeParse({ ...newCustomerDetails(v.customer), id: NEW_CUSTOMER_ID });
      if (!details.success) for (const issue of details.error.issues) add(customerFieldOf(issue.path), issue.message);
    }
    if (v.next === 'first-contact') {
      const action = { type: 'resolveAtFirstContact', outcome: v.firstContact.outcome, summary: v.firstContact.summary, remedies: [], resolvedAt: new Date().toISOString() };
      const resolved = resolveAtFirstContactAction.safeParse(action);
      if (!resolved.success) for (const issue of resolved.error.issues) add(`firstContact.${String(issue.path[0])}`, issue.message);
    }
  })
  .transform((v): IntakeSubmission => {
    const customer = v.customer.existingId ? { existingId: v.customer.existingId } : { details: newCustomerDetails(v.customer) };
    const open = opensCase(v);
    return {
      customer,
      complaint: complaintOf(v),
      writtenConfirmation: open && v.askWrittenConfirmation && isVerbal(v.channel),
      requestItems: open ? v.requestItems.filter((i): i is ChecklistItem => (checklistItems as readonly string[]).includes(i)) : [],
      ...(v.next === 'first-contact' ? { firstContact: { outcome: v.firstContact.outcome as ResponseOutcome, summary: v.firstContact.summary.trim() } } : {}),
    };
  });

export type IntakeFormSchema = z.ZodType<IntakeSubmission, IntakeValues>;

/** The form's control as every section of the intake receives it. */
export type IntakeControl = Control<IntakeValues, unknown, IntakeSubmission>;
