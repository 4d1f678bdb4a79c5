// What the information checklist holds when a complaint is first recorded: the intake form's live view uses it too.
import { emptyChecklist, type AttachmentSource, type InformationChecklist } from '../../model';

export interface IntakeFacts {
  /** The customer's name and a way to contact them are on record (always so once saved). */
  nameAndContact: boolean;
  /** The nature of the complaint is written down (always so once saved). */
  nature: boolean;
  dealtWithName?: string | undefined;
  dealtWithUserId?: string | undefined;
  stepsTaken?: string | undefined;
  /** Who supplied each file attached at intake: a customer's document counts as supporting documents. */
  fileSources?: readonly AttachmentSource[];
}

/** REQUIREMENTS section 2, at the moment of intake (`today` is the London date): provided, or still outstanding. */
export function intakeChecklist(facts: IntakeFacts, today: string): InformationChecklist {
  const checklist = emptyChecklist();
  const provided = { status: 'provided', on: today } as const;
  if (facts.nameAndContact) checklist.nameAndContact = provided;
  if (facts.nature) checklist.nature = provided;
  if (facts.dealtWithName?.trim() || facts.dealtWithUserId) checklist.personDealtWith = provided;
  if (facts.stepsTaken?.trim()) checklist.stepsTaken = provided;
  if (facts.fileSources?.includes('customer')) checklist.supportingDocuments = provided;
  return checklist;
}
