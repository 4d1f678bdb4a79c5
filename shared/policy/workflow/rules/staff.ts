// Rules for complaints about staff: recording that a complaint concerns staff, and the employee checklist.
import { employeeChecklistLabels, pendingEmployeeProcess, type EmployeeProcess } from '../../../model';
import { isManager } from '../permissions';
import type { RuleTable } from '../rule';
import { checkDay } from '../time';
import { notFinished } from './common';

export const staffRules = {
  recordStaffConcern: {
    label: 'Complaint about staff',
    group: 'staff',
    forEnquiries: true,
    appliesTo: (c) => notFinished(c),
    apply: (c, a) => {
      const named = [...new Set([...c.namedStaffUserIds, ...a.namedStaffUserIds])];
      if (c.concernsStaff && named.length === c.namedStaffUserIds.length) return ['This is already recorded as a complaint about staff, with these employees named'];
      if (c.investigatorId && named.includes(c.investigatorId)) return ['The investigator is named in the complaint: assign another investigator first'];
      if (c.escalation?.reviewerId && named.includes(c.escalation.reviewerId)) return ['The escalation reviewer is named in the complaint: assign another reviewer first'];
      return {
        set: { concernsStaff: true, namedStaffUserIds: named, employeeProcess: c.employeeProcess ?? pendingEmployeeProcess() },
        summary: c.concernsStaff ? 'Employee named in the complaint' : 'Recorded as a complaint about staff: the case is now confidential',
      };
    },
  },

  recordEmployeeChecklistItem: {
    label: 'Update employee checklist',
    group: 'staff',
    appliesTo: (c) => (c.concernsStaff ? null : 'This complaint does not concern a member of staff'),
    mayAct: (c, ctx) =>
      c.investigatorId === ctx.actor.userId || isManager(ctx.actor) ? null : 'Only the investigator or a complaints manager can update the employee checklist',
    apply: (c, a, ctx) => {
      const problems = checkDay('Date of the step', a.on, c, ctx);
      const by = ctx.actor.userId;
      if (a.outcome === 'waived') {
        if (!isManager(ctx.actor)) problems.push('Only a complaints manager can waive a step of the employee checklist');
        if (!a.reason) problems.push('Reason for waiving the step is required');
      } else if (a.item === 'opportunityToExplain' && !a.account) {
        problems.push("Record the employee's account");
      } else if (a.item === 'supportOffered' && !a.support) {
        problems.push('Record what support was offered');
      }
      if (problems.length > 0) return problems;
      const process: EmployeeProcess = { ...(c.employeeProcess ?? pendingEmployeeProcess()) };
      if (a.outcome === 'waived') {
        process[a.item] = { status: 'waived', on: a.on, reason: a.reason ?? '', recordedById: by };
      } else if (a.item === 'opportunityToExplain') {
        process.opportunityToExplain = { status: 'done', on: a.on, recordedById: by, account: a.account ?? '' };
      } else if (a.item === 'supportOffered') {
        process.supportOffered = { status: 'done', on: a.on, recordedById: by, support: a.support ?? '' };
      } else {
        process[a.item] = { status: 'done', on: a.on, recordedById: by };
      }
      const label = employeeChecklistLabels[a.item];
      return { set: { employeeProcess: process }, summary: `Employee checklist: ${label.charAt(0).toLowerCase()}${label.slice(1)} — ${a.outcome}` };
    },
  },
} satisfies Partial<RuleTable>;
