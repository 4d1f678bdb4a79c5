// Rules for taking action and recording: improvement actions (or none needed), then closing with the lessons learned.
import { rootCauseLabels } from '../../../model';
import { londonDate } from '../../calendar';
import { employeeChecklistMissing } from '../checklists';
import { freezeDeadlineRecord } from '../deadlines';
import type { RuleTable } from '../rule';
import { checkDay } from '../time';
import { alreadyUsed, atStage } from './common';

const ACTION_STAGES = ['investigating', 'responded'] as const;
const ACTIONS_WHEN = 'Improvement actions are recorded during the investigation or after the final response';

export const takeActionRules = {
  addImprovementAction: {
    label: 'Add improvement action',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ACTION_STAGES, ACTIONS_WHEN),
    apply: (c, a, ctx) => {
      const problems = alreadyUsed(c.improvementActions, a.actionId, 'improvement action');
      if (a.due < ctx.today) problems.push('Due date cannot be in the past');
      if (problems.length > 0) return problems;
      const action = { id: a.actionId, what: a.what, owner: a.owner, ownerUserId: a.ownerUserId, due: a.due, addedById: ctx.actor.userId, addedAt: ctx.now };
      // Adding an action replaces an earlier "none needed": the timeline keeps that it was said.
      return { set: { improvementActions: [...c.improvementActions, action], noImprovementNeeded: undefined }, summary: `Improvement action added, due ${a.due}` };
    },
  },

  completeImprovementAction: {
    label: 'Mark improvement action done',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ACTION_STAGES, ACTIONS_WHEN) ?? (c.improvementActions.some((x) => !x.doneOn) ? null : 'No improvement action is waiting to be done'),
    apply: (c, a, ctx) => {
      const target = c.improvementActions.find((x) => x.id === a.actionId);
      if (!target) return ['Choose the improvement action'];
      if (target.doneOn) return ['This improvement action is already done'];
      const problems = checkDay('Date done', a.doneOn, c, ctx, { day: londonDate(target.addedAt), what: 'the action was added' });
      if (problems.length > 0) return problems;
      const done = { ...target, doneOn: a.doneOn, doneNote: a.note, completedById: ctx.actor.userId };
      return {
        set: { improvementActions: c.improvementActions.map((x) => (x.id === a.actionId ? done : x)) },
        summary: `Improvement action done on ${a.doneOn}`,
      };
    },
  },

  recordNoImprovementNeeded: {
    label: 'No improvement needed',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ACTION_STAGES, ACTIONS_WHEN),
    requires: (c) => (c.improvementActions.length > 0 ? ['Improvement actions are recorded for this case: complete them instead'] : []),
    apply: (_c, a, ctx) => ({
      set: { noImprovementNeeded: { reason: a.reason, recordedById: ctx.actor.userId, recordedAt: ctx.now } },
      summary: 'Recorded that no improvement is needed',
    }),
  },

  confirmActionsTaken: {
    label: 'Confirm actions taken',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['responded'], 'Actions are confirmed after the final response'),
    requires: (c) => {
      const missing: string[] = [];
      if (!c.customerAcceptance) missing.push('Record whether the customer accepts the final response');
      if (c.improvementActions.length === 0 && !c.noImprovementNeeded) {
        missing.push('Record the improvement actions, or that none are needed and why');
      }
      for (const x of c.improvementActions.filter((y) => !y.doneOn)) missing.push(`Complete the improvement action due ${x.due}: ${x.what}`);
      return missing;
    },
    apply: (_c, _a, ctx) => ({ set: { stage: 'actions-taken', actionsTakenAt: ctx.now }, summary: 'Actions taken confirmed' }),
  },

  close: {
    label: 'Close',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['actions-taken'], 'A case is closed once its actions are taken'),
    requires: (c) => {
      const missing = employeeChecklistMissing(c);
      if (c.escalation && !c.escalation.outcome) missing.push('Record the outcome of the escalation review');
      const open = c.holds.find((h) => !h.to);
      if (open) missing.push(`Release the hold (${open.agency}, since ${open.from}) before closing`);
      return missing;
    },
    apply: (c, a, ctx) => {
      const deadlineRecord = freezeDeadlineRecord(c, ctx.settings, ctx.now, { closedAt: ctx.now });
      return {
        set: {
          stage: 'closed',
          closeRecord: { rootCause: a.rootCause, lessonsLearned: a.lessonsLearned, closedAt: ctx.now, closedById: ctx.actor.userId, deadlineRecord },
        },
        summary: `Closed; root cause: ${rootCauseLabels[a.rootCause].toLowerCase()}`,
      };
    },
  },
} satisfies Partial<RuleTable>;
