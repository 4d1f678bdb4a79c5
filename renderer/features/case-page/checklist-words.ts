// How each checklist item's state reads on the page: "Provided 24/11/2026", "Requested 24/11/2026 by email", …
import { channelLabels, type ChecklistItemState, type EmployeeProcess } from '../../../shared/model';
import { formatDate } from '../../ui/en-gb-format';

export function checklistStateWords(state: ChecklistItemState): string {
  switch (state.status) {
    case 'outstanding':
      return 'Outstanding';
    case 'provided':
      return `Provided ${formatDate(state.on)}`;
    case 'requested':
      return `Requested ${formatDate(state.on)} (${channelLabels[state.channel].toLowerCase()})`;
    case 'not-applicable':
      return `Not applicable: ${state.reason}`;
  }
}

type EmployeeStep = EmployeeProcess[keyof EmployeeProcess];

export function employeeStepWords(step: EmployeeStep): string {
  if (step.status === 'pending') return 'Not yet done';
  if (step.status === 'waived') return `Waived ${formatDate(step.on)}: ${step.reason}`;
  if ('account' in step) return `Done ${formatDate(step.on)}. Their account: ${step.account}`;
  if ('support' in step) return `Done ${formatDate(step.on)}. Support offered: ${step.support}`;
  return `Done ${formatDate(step.on)}`;
}
