// Actions for the record regulators read: the receipt record, later contacts, the business, reopening, the Ombudsman's timetable.
import { z } from 'zod';
import { brokerContext, entityId, instant, isoDate, laterContactShape, receiptRecordShape, requiredText } from '../../../model';

export const recordReceiptDetailsAction = receiptRecordShape.extend({ type: z.literal('recordReceiptDetails') });

export const recordLaterContactAction = laterContactShape
  .omit({ id: true, recordedById: true, recordedAt: true })
  .extend({ type: z.literal('recordLaterContact'), contactId: entityId('Contact id') });

export const recordBusinessDetailsAction = z.object({ type: z.literal('recordBusinessDetails'), business: brokerContext });

export const reopenAction = z.object({
  type: z.literal('reopen'),
  reopeningId: entityId('Reopening id'),
  reopenedAt: instant('Date reopened', 'Record when the complaint was reopened'),
  reason: requiredText('Reason for reopening', { max: 5000, required: 'Give the reason for reopening the complaint' }),
});

export const requestOmbudsmanEvidenceAction = z.object({
  type: z.literal('requestOmbudsmanEvidence'),
  requestedOn: isoDate("Date the Ombudsman asked for the firm's evidence"),
});

export const recordOmbudsmanEvidenceSentAction = z.object({
  type: z.literal('recordOmbudsmanEvidenceSent'),
  sentOn: isoDate('Date the evidence was sent'),
});

export const recordAndReopenActions = [
  recordReceiptDetailsAction,
  recordLaterContactAction,
  recordBusinessDetailsAction,
  reopenAction,
  requestOmbudsmanEvidenceAction,
  recordOmbudsmanEvidenceSentAction,
] as const;
