// What staff fill in when a complaint (or an enquiry) first comes in; the intake form validates with this schema.
import { z } from 'zod';
import { entityId, optionalText } from './fields';
import { caseKind, complaintCaseShape } from './case';

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
  stepsTaken: true,
  desiredOutcome: true,
}).shape;

export const complaintIntakeShape = z.object({
  kind: caseKind.default('complaint'),
  enquiryReason: optionalText('Reason this is not a complaint', 2000),
  ...recordedAtIntake,
  concernsStaff: z.boolean().default(false),
  namedStaffUserIds: z.array(entityId('Named employee')).default([]),
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
