// Actions that gather the information the policy's checklist asks for: requests, arrivals, conversations, files.
import { z } from 'zod';
import {
  attachment,
  channel,
  checklistItem,
  conversationPerson,
  entityId,
  instant,
  isoDate,
  optionalText,
  requiredText,
} from '../../../model';

const letterCopy = entityId('Letter copy').optional();

export const requestInformationAction = z.object({
  type: z.literal('requestInformation'),
  requestId: entityId('Information request id'),
  items: z.array(checklistItem, { error: 'Choose at least one item to request' }).min(1, 'Choose at least one item to request'),
  note: optionalText('What was asked for', 2000),
  sentAt: instant('Date the request was sent', 'Record when the request was sent'),
  channel: channel('Record how the information was requested'),
  documentId: letterCopy,
});

export const recordInformationReceivedAction = z.object({
  type: z.literal('recordInformationReceived'),
  requestId: entityId('Information request').optional(),
  items: z.array(checklistItem, { error: 'Choose what arrived' }).min(1, 'Choose what arrived'),
  receivedAt: instant('Date the information arrived', 'Record when the information arrived'),
});

export const markChecklistItemAction = z.object({
  type: z.literal('markChecklistItem'),
  item: checklistItem,
  state: z.discriminatedUnion(
    'status',
    [
      z.object({ status: z.literal('provided'), on: isoDate('Date provided').optional() }),
      z.object({
        status: z.literal('requested'),
        on: isoDate('Date requested', 'Record the date the item was requested'),
        channel: channel('Record how the item was requested'),
      }),
      z.object({
        status: z.literal('not-applicable'),
        reason: requiredText('Reason the item is not applicable', { max: 500 }),
      }),
    ],
    { error: 'Choose whether the item is provided, requested or not applicable' },
  ),
});

export const requestWrittenConfirmationAction = z.object({
  type: z.literal('requestWrittenConfirmation'),
  sentAt: instant('Date written confirmation was requested', 'Record when written confirmation was requested'),
  channel: channel('Record how written confirmation was requested'),
  documentId: letterCopy,
});

export const recordWrittenConfirmationAction = z.object({
  type: z.literal('recordWrittenConfirmation'),
  receivedAt: instant('Date the written confirmation arrived', 'Record when the written confirmation arrived'),
  attachmentId: entityId('Attachment').optional(),
});

export const recordConversationAction = z.object({
  type: z.literal('recordConversation'),
  conversationId: entityId('Conversation id'),
  on: isoDate('Date of the conversation'),
  channel: channel('Record how the conversation took place'),
  people: z
    .array(conversationPerson, { error: 'Record who took part in the conversation' })
    .min(1, 'Record who took part in the conversation'),
  summary: requiredText('Summary of the conversation', { max: 10_000 }),
});

export const attachDocumentAction = z.object({
  type: z.literal('attachDocument'),
  attachmentId: entityId('Attachment id'),
  // The file's own facts, as the case keeps them (model/attachment.ts); who added it and when come from the action.
  ...attachment.omit({ id: true, addedById: true, addedAt: true }).shape,
});

export const informationActions = [
  requestInformationAction,
  recordInformationReceivedAction,
  markChecklistItemAction,
  requestWrittenConfirmationAction,
  recordWrittenConfirmationAction,
  recordConversationAction,
  attachDocumentAction,
] as const;
