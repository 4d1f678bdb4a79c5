// What staff fill in when a complaint (or an enquiry) first comes in; the intake form validates with this schema.
import { z } from 'zod';
import { complaintCategory } from './category';
import { contactChannel } from './channel';
import { entityId, instant, optionalText, requiredText } from './fields';
import { brokerContext } from './broker-context';
import { caseKind } from './case';
import { receiptRecord } from './contact-record';

export const complaintIntakeShape = z.object({
  kind: caseKind.default('complaint'),
  enquiryReason: optionalText('Reason this is not a complaint', 2000),
  channel: contactChannel,
  receivedAt: instant('Date and time received'),
  takenById: entityId('Who took the complaint'),
  dealtWithName: optionalText('Name of the person the customer dealt with', 200),
  dealtWithUserId: entityId('Staff member the customer dealt with').optional(),
  customerId: entityId('Customer', 'Choose the customer'),
  nature: requiredText('Nature of the complaint', { max: 20_000 }),
  category: complaintCategory.optional(),
  stepsTaken: optionalText('Steps already taken', 10_000),
  desiredOutcome: optionalText('Outcome the customer wants', 5000),
  concernsStaff: z.boolean().default(false),
  namedStaffUserIds: z.array(entityId('Named employee')).default([]),
  /** CHSR 2008 regulation 4: how it was made, the way of communicating agreed, advice given, resolved and why. */
  receipt: receiptRecord.optional(),
  business: brokerContext.optional(),
});

export const complaintIntake = complaintIntakeShape.superRefine((intake, ctx) => {
  if (intake.kind === 'enquiry' && !intake.enquiryReason) {
    ctx.addIssue({ code: 'custom', path: ['enquiryReason'], message: 'Reason this is not a complaint is required' });
  }
  if (intake.namedStaffUserIds.length > 0 && !intake.concernsStaff) {
    ctx.addIssue({
      code: 'custom',
      path: ['concernsStaff'],
      message: 'A complaint that names an employee must be marked as concerning staff',
    });
  }
});
export type ComplaintIntake = z.infer<typeof complaintIntake>;
export type ComplaintIntakeInput = z.input<typeof complaintIntake>;
