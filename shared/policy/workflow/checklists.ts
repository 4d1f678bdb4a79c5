// How complete the information checklist and the employee checklist are, and what each still lacks, in staff's words.
import {
  checklistItemLabels,
  checklistItems,
  employeeChecklistGaps,
  employeeChecklistItems,
  type ChecklistItem,
  type ComplaintCase,
  type EmployeeChecklistItem,
  type InformationChecklist,
} from '../../model';

export interface ChecklistProgress {
  total: number;
  provided: number;
  notApplicable: number;
  requested: ChecklistItem[];
  outstanding: ChecklistItem[];
  /** Every item provided or not applicable. */
  complete: boolean;
  /** Every item provided, not applicable or requested: what the review step needs (REQUIREMENTS section 4). */
  gapsRequested: boolean;
  /** Share of items provided or not applicable, 0 to 100. */
  percent: number;
}

export function checklistProgress(checklist: InformationChecklist): ChecklistProgress {
  const count = (status: string) => checklistItems.filter((i) => checklist[i].status === status);
  const provided = count('provided').length;
  const notApplicable = count('not-applicable').length;
  const requested = count('requested');
  const outstanding = count('outstanding');
  const total = checklistItems.length;
  return {
    total,
    provided,
    notApplicable,
    requested,
    outstanding,
    complete: provided + notApplicable === total,
    gapsRequested: outstanding.length === 0,
    percent: Math.round(((provided + notApplicable) / total) * 100),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One instruction per outstanding item, e.g. "Complete the information checklist: supporting documents …". */
export function checklistGaps(checklist: InformationChecklist): string[] {
  return checklistProgress(checklist).outstanding.map(
    (item) => `Complete the information checklist: ${lowerFirst(checklistItemLabels[item])} not yet provided, requested or marked not applicable`,
  );
}

export function employeeChecklistOutstanding(c: Pick<ComplaintCase, 'concernsStaff' | 'employeeProcess'>): EmployeeChecklistItem[] {
  if (!c.concernsStaff) return [];
  const process = c.employeeProcess;
  if (!process) return [...employeeChecklistItems];
  return employeeChecklistItems.filter((item) => process[item].status === 'pending');
}

/** "Complete the employee checklist: employee not yet told the result", one per item neither done nor waived. */
export function employeeChecklistMissing(c: Pick<ComplaintCase, 'concernsStaff' | 'employeeProcess'>): string[] {
  return employeeChecklistOutstanding(c).map((item) => `Complete the employee checklist: ${employeeChecklistGaps[item]}`);
}
