// Contact with the customer on a case: letters sent, information asked for, conversations held, delays explained.
import { z } from 'zod';
import { channel } from './channel';
import { checklistItem } from './checklist';
import { entityId, instant, isoDate, optionalText, requiredText } from './fields';

/** Something the company sent the customer: when, how, by whom, and the stored copy of the letter if any. */
export const sentRecord = z.object({
  sentAt: instant('Date sent'),
  channel: channel('Choose how it was sent'),
  sentById: entityId('Who sent it'),
  /** The attachment holding the copy of the letter sent, when the app produced one. */
  documentId: entityId('Letter copy').optional(),
});
export type SentRecord = z.infer<typeof sentRecord>;

export const informationRequest = z.object({
  id: entityId('Information request id'),
  items: z.array(checklistItem).min(1, 'Choose at least one item to request'),
  note: optionalText('What was asked for', 2000),
  sentAt: instant('Date the request was sent'),
  channel: channel('Choose how the information was requested'),
  sentById: entityId('Who sent the request'),
  documentId: entityId('Letter copy').optional(),
  /** When everything asked for in this request had arrived. */
  answeredAt: instant('Date the information arrived').optional(),
});
export type InformationRequest = z.infer<typeof informationRequest>;

/** Written confirmation of a verbal complaint: arrival is recorded; it never moves any deadline. */
export const writtenConfirmation = z.object({
  receivedAt: instant('Date the written confirmation arrived'),
  recordedById: entityId('Who recorded the written confirmation'),
  attachmentId: entityId('Attachment').optional(),
});
export type WrittenConfirmation = z.infer<typeof writtenConfirmation>;

export const conversationPerson = z.object({
  name: requiredText('Name of the person in the conversation', { max: 200 }),
  /** Set when the person is a member of staff, so a staff complaint's export can leave them out. */
  userId: entityId('Staff member').optional(),
});
export type ConversationPerson = z.infer<typeof conversationPerson>;

export const conversation = z.object({
  id: entityId('Conversation id'),
  on: isoDate('Date of the conversation'),
  channel: channel('Choose how the conversation took place'),
  people: z.array(conversationPerson).min(1, 'Record who took part in the conversation'),
  summary: requiredText('Summary of the conversation', { max: 10_000 }),
  recordedById: entityId('Who recorded the conversation'),
  recordedAt: instant('Date the conversation was recorded'),
});
export type Conversation = z.infer<typeof conversation>;

export const delayNotice = z.object({
  id: entityId('Delay notice id'),
  reason: requiredText('Reason for the delay', { max: 2000 }),
  newExpectedDate: isoDate('New expected date'),
  sentAt: instant('Date the delay notice was sent'),
  channel: channel('Choose how the delay notice was sent'),
  sentById: entityId('Who sent the delay notice'),
  documentId: entityId('Letter copy').optional(),
});
export type DelayNotice = z.infer<typeof delayNotice>;
