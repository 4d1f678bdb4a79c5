// Which of the policy's actions the action bar offers, and how it groups them; allowed or not is the policy's word.
import type { ActionGroup, AllowedAction, CaseActionType } from '../../../shared/policy';

/** Actions taken elsewhere on the page: the checklists' own buttons, the files panel, the case pack. */
const OFFERED_ELSEWHERE: ReadonlySet<CaseActionType> = new Set<CaseActionType>([
  'markChecklistItem',
  'recordEmployeeChecklistItem',
  'attachDocument',
  'recordCasePack',
]);

export const sectionTitles: Record<ActionGroup, string> = {
  'main-path': 'Next steps',
  information: 'Information',
  'side-path': 'Side paths',
  staff: 'Complaint about staff',
  privacy: 'Personal information',
  correction: 'Corrections',
};

const SECTION_ORDER: readonly ActionGroup[] = ['main-path', 'information', 'side-path', 'staff', 'privacy', 'correction'];

export interface ActionSection {
  group: ActionGroup;
  title: string;
  actions: AllowedAction[];
}

/**
 * The buttons to show: every action that fits the case as it stands (enabled or not), in the policy's order,
 * for which the page has a form. An action that does not fit the case at all is left out.
 */
export function actionSections(actions: readonly AllowedAction[], hasForm: (type: CaseActionType) => boolean): ActionSection[] {
  const shown = actions.filter((a) => a.relevant && !OFFERED_ELSEWHERE.has(a.type) && hasForm(a.type));
  return SECTION_ORDER.map((group) => ({ group, title: sectionTitles[group], actions: shown.filter((a) => a.group === group) })).filter(
    (s) => s.actions.length > 0,
  );
}

/** The policy's verdict on one action, for panels that put their own button on it. */
export function verdictOn(actions: readonly AllowedAction[], type: CaseActionType): AllowedAction | undefined {
  return actions.find((a) => a.type === type);
}
