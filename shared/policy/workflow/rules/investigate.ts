// Rules for the investigation: assign the investigator, start investigating, record findings, tell the customer of delays.
import { isConfidential } from '../../confidentiality';
import { checklistGaps } from '../checklists';
import { isManager } from '../permissions';
import type { RuleTable } from '../rule';
import { checkInstant } from '../time';
import { londonDate } from '../../calendar';
import { alreadyUsed, atStage, BEFORE_RESPONSE, by } from './common';

export const investigateRules = {
  assignInvestigator: {
    label: 'Assign investigator',
    group: 'main-path',
    appliesTo: (c) => atStage(c, BEFORE_RESPONSE, 'The investigator can only be assigned before the final response'),
    mayAct: (c, ctx) =>
      isConfidential(c) && !isManager(ctx.actor) ? 'Only a complaints manager can assign the investigator of a complaint about staff' : null,
    apply: (c, a, ctx) => {
      if (c.namedStaffUserIds.includes(a.investigatorId)) return ['The investigator cannot be an employee named in the complaint'];
      if (c.escalation?.reviewerId === a.investigatorId) return ['The investigator cannot be the escalation reviewer'];
      if (c.investigatorId === a.investigatorId) return ['This person is already the investigator'];
      const summary = c.investigatorId ? 'Investigator changed' : 'Investigator assigned';
      return { set: { investigatorId: a.investigatorId, investigatorAssignedAt: ctx.now }, summary };
    },
  },

  startInvestigation: {
    label: 'Start investigation',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['under-review'], 'The investigation starts after the review'),
    requires: (c) => [
      ...checklistGaps(c.checklist),
      ...(c.category ? [] : ['Categorise the complaint']),
      ...(c.investigatorId ? [] : ['Assign an investigator']),
    ],
    apply: () => ({ set: { stage: 'investigating' }, summary: 'Investigation started' }),
  },

  recordFindings: {
    label: 'Record findings',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['investigating'], 'Findings are recorded during the investigation'),
    mayAct: (c, ctx) =>
      c.investigatorId === ctx.actor.userId || isManager(ctx.actor) ? null : 'Only the investigator or a complaints manager can record the findings',
    apply: (c, a, ctx) => ({
      set: { findings: { factsEstablished: a.factsEstablished, cause: a.cause, recordedById: ctx.actor.userId, recordedAt: ctx.now } },
      summary: c.findings ? 'Findings revised' : 'Findings recorded',
    }),
  },

  sendDelayNotice: {
    label: 'Send delay notice',
    group: 'main-path',
    appliesTo: (c) => atStage(c, BEFORE_RESPONSE, 'A delay notice is sent only while the customer awaits the final response'),
    apply: (c, a, ctx) => {
      const problems = [...alreadyUsed(c.delayNotices, a.noticeId, 'delay notice'), ...checkInstant('Date the delay notice was sent', a.sentAt, c, ctx)];
      if (a.newExpectedDate <= londonDate(a.sentAt)) problems.push('The new expected date must be after the day the notice is sent');
      if (problems.length > 0) return problems;
      const notice = {
        id: a.noticeId,
        reason: a.reason,
        newExpectedDate: a.newExpectedDate,
        sentAt: a.sentAt,
        channel: a.channel,
        sentById: ctx.actor.userId,
        documentId: a.documentId,
      };
      return { set: { delayNotices: [...c.delayNotices, notice] }, summary: `Delay notice sent ${by(a.channel)}: response now expected by ${a.newExpectedDate}` };
    },
  },
} satisfies Partial<RuleTable>;
