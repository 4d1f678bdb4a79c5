// The six-point workflow: actions, their rules, applyAction/allowedActions, and the helpers screens and the store use.
export * from './actions';
export { applyAction, allowedActions, workflowRules, ENQUIRY_ONLY, type AllowedAction, type ApplyResult } from './apply';
export { checklistGaps, checklistProgress, employeeChecklistMissing, employeeChecklistOutstanding, type ChecklistProgress } from './checklists';
export { caseClock, caseDeadlines, caseHolds, deadlineFacts, deadlineStanding, freezeDeadlineRecord, frozenDeadlineRecord } from './deadlines';
export { changedFields, changeEvent, toJson } from './events';
export { cannotBeAssigned, cannotWorkCase, CONFIDENTIAL_CASE, isManager, NOT_FOR_ADMINISTRATORS, worksCases } from './permissions';
export { receiveComplaint, receivedInFuture } from './receive';
export { intakeChecklist, type IntakeFacts } from './intake-checklist';
export type { ActionContext, ActionGroup, ActionRule, Change, RuleTable } from './rule';
export { describeRemedies } from './rules/respond';
