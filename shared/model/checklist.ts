// The policy's information checklist: each item is provided, requested on a date, or not applicable with a reason.
import { z } from 'zod';
import { channel } from './channel';
import { entityId, isoDate, requiredText } from './fields';

export const checklistItems = [
  'nameAndContact',
  'personDealtWith',
  'nature',
  'stepsTaken',
  'conversations',
  'supportingDocuments',
] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export const checklistItemLabels: Record<ChecklistItem, string> = {
  nameAndContact: 'Name and contact details',
  personDealtWith: 'The person the customer dealt with',
  nature: 'The nature of the complaint',
  stepsTaken: 'Steps already taken to resolve it',
  conversations: 'Relevant conversations',
  supportingDocuments: 'Supporting documents',
};

export const checklistItem = z.enum(checklistItems, { error: 'Choose a checklist item' });

export const checklistItemState = z.discriminatedUnion(
  'status',
  [
    /** Not yet known: the review cannot finish while any item is outstanding. */
    z.object({ status: z.literal('outstanding') }),
    z.object({ status: z.literal('provided'), on: isoDate('Date provided') }),
    z.object({
      status: z.literal('requested'),
      on: isoDate('Date requested'),
      channel: channel('Choose how the information was requested'),
      requestId: entityId('Information request id').optional(),
    }),
    z.object({
      status: z.literal('not-applicable'),
      reason: requiredText('Reason the item is not applicable', { max: 500 }),
    }),
  ],
  { error: 'Choose whether the item is provided, requested or not applicable' },
);
export type ChecklistItemState = z.infer<typeof checklistItemState>;

export const informationChecklist = z.object(
  {
    nameAndContact: checklistItemState,
    personDealtWith: checklistItemState,
    nature: checklistItemState,
    stepsTaken: checklistItemState,
    conversations: checklistItemState,
    supportingDocuments: checklistItemState,
  },
  { error: 'The information checklist is required' },
);
export type InformationChecklist = z.infer<typeof informationChecklist>;

export function emptyChecklist(): InformationChecklist {
  return {
    nameAndContact: { status: 'outstanding' },
    personDealtWith: { status: 'outstanding' },
    nature: { status: 'outstanding' },
    stepsTaken: { status: 'outstanding' },
    conversations: { status: 'outstanding' },
    supportingDocuments: { status: 'outstanding' },
  };
}
