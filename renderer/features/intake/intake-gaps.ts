// What the information checklist would hold if the form were saved now: the live "still missing" view.
import type { AttachmentSource, ChecklistItem, InformationChecklist } from '../../../shared/model';
import { checklistProgress, intakeChecklist, londonDate, type ChecklistProgress } from '../../../shared/policy';
import { newCustomerDetails } from './intake-form';
import { SOMEONE_ELSE, type IntakeValues } from './intake-values';

/** Items the customer can be asked for during the call; name, contact and nature are needed to save at all. */
export const REQUESTABLE: readonly ChecklistItem[] = ['personDealtWith', 'stepsTaken', 'conversations', 'supportingDocuments'];

function hasNameAndContact(v: IntakeValues): boolean {
  if (v.customer.existingId) return true;
  const d = newCustomerDetails(v.customer);
  return d.name.trim() !== '' && !!(d.phone || d.email || (d.address && d.address.line1.trim() && d.address.postcode.trim()));
}

export interface IntakeGaps {
  checklist: InformationChecklist;
  progress: ChecklistProgress;
}

export function intakeGaps(v: IntakeValues, fileSources: readonly AttachmentSource[], now: Date): IntakeGaps {
  const checklist = intakeChecklist(
    {
      nameAndContact: hasNameAndContact(v),
      nature: v.nature.trim() !== '',
      dealtWithName: v.dealtWith === SOMEONE_ELSE ? v.dealtWithName : undefined,
      dealtWithUserId: v.dealtWith !== SOMEONE_ELSE && v.dealtWith !== '' ? v.dealtWith : undefined,
      stepsTaken: v.stepsTaken,
      fileSources,
    },
    londonDate(now.toISOString()),
  );
  return { checklist, progress: checklistProgress(checklist) };
}
