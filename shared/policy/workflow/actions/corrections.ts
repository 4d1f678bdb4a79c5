// Actions that change what a case is or correct what was recorded; the timeline keeps the old values.
import { z } from 'zod';
import { channel, contactChannel, entityId, instant, optionalText, requiredText, storyFieldNames, storyFields, type StoryFieldName } from '../../../model';

function clearableText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullable()
    .optional();
}

export const convertEnquiryToComplaintAction = z.object({
  type: z.literal('convertEnquiryToComplaint'),
  reason: optionalText('Reason for converting', 2000),
});

export const markAsEnquiryAction = z.object({
  type: z.literal('markAsEnquiry'),
  reason: requiredText('Reason this is not a complaint', { max: 2000 }),
});

/** Each of the customer's own account fields (model/story-fields.ts) may be corrected or cleared. */
const storyCorrections = Object.fromEntries(storyFieldNames.map((name) => [name, clearableText(storyFields[name].label, storyFields[name].max)])) as {
  [K in StoryFieldName]: ReturnType<typeof clearableText>;
};

/** Fields given are corrected; null clears an optional field. Absent fields are left alone. */
export const caseDetailCorrections = z.object(
  {
    nature: requiredText('Nature of the complaint', { max: 20_000 }).optional(),
    ...storyCorrections,
    dealtWithName: clearableText('Name of the person the customer dealt with', 200),
    dealtWithUserId: entityId('Staff member the customer dealt with').nullable().optional(),
    channel: contactChannel.optional(),
    receivedAt: instant('Date and time received').optional(),
    takenById: entityId('Who took the complaint').optional(),
    customerId: entityId('Customer').optional(),
    concernsStaff: z.boolean({ error: 'Say whether the complaint concerns staff' }).optional(),
    namedStaffUserIds: z.array(entityId('Named employee'), { error: 'Choose the employees named' }).optional(),
  },
  { error: 'Record the corrections' },
);
export type CaseDetailCorrections = z.infer<typeof caseDetailCorrections>;

export const correctCaseDetailsAction = z.object({
  type: z.literal('correctCaseDetails'),
  changes: caseDetailCorrections,
  reason: requiredText('Reason for the correction', { max: 2000 }),
});

export const correctableSentRecords = [
  'acknowledgement',
  'writtenConfirmationRequest',
  'response',
  'deadlockLetter',
  'eightWeekLetter',
] as const;
export type CorrectableSentRecord = (typeof correctableSentRecords)[number];

export const correctSentDateAction = z.object({
  type: z.literal('correctSentDate'),
  record: z.enum(correctableSentRecords, { error: 'Choose the letter to correct' }),
  sentAt: instant('Corrected date sent'),
  channel: channel('Record how it was sent'),
  reason: requiredText('Reason for the correction', { max: 2000 }),
});

export const correctionActions = [
  convertEnquiryToComplaintAction,
  markAsEnquiryAction,
  correctCaseDetailsAction,
  correctSentDateAction,
] as const;
