// What staff fill in when a complaint (or an enquiry) first comes in; the intake form validates with this schema.
import { z } from 'zod';
import { brokerContext } from './broker-context';
import { receiptRecord } from './contact-record';
import { entityId, optionalText } from './fields';
import { caseKind, complaintCaseShape } from './case';
import { storyShape } from './story-fields';

/** The case's own fields as staff record them at intake: taken from the case by name, so they are stated once. */
const recordedAtIntake = complaintCaseShape.pick({
  channel: true,
  receivedAt: true,
  takenById: true,
  dealtWithName: true,
  dealtWithUserId: true,
  customerId: true,
  nature: true,
  category: true,
}).shape;

export const complaintIntakeShape = z.object({
  kind: caseKind.default('complaint'),
  enquiryReason: optionalText('Reason this is not a complaint', 2000),
  ...recordedAtIntake,
  ...storyShape,
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
