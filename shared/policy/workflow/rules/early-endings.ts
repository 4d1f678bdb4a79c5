// Rules for cases that end early or run long: resolved at first contact, withdrawn, and the eight-week letter.
import { responseOutcomeLabels } from '../../../model';
import { londonDate } from '../../calendar';
import { employeeChecklistMissing } from '../checklists';
import { caseClock, freezeDeadlineRecord } from '../deadlines';
import { rightsLetterMissing } from '../ombudsman-case';
import type { RuleTable } from '../rule';
import { checkInstant } from '../time';
import { atStage, by, notFinished, sentBy } from './common';

export const earlyEndingRules = {
  resolveAtFirstContact: {
    label: 'Resolved at first contact',
    group: 'side-path',
    appliesTo: (c) => atStage(c, ['received'], 'Only a complaint not yet acknowledged can be resolved at first contact'),
    requires: (c) => employeeChecklistMissing(c),
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date resolved', a.resolvedAt, c, ctx);
      if (problems.length > 0) return problems;
      const { acknowledgeBy } = caseClock(c, ctx.settings);
      if (londonDate(a.resolvedAt) > acknowledgeBy) {
        return [`A first-contact resolution must be made by the acknowledge-by date (${acknowledgeBy}): acknowledge the complaint and follow the full process`];
      }
      const deadlineRecord = freezeDeadlineRecord(c, ctx.settings, ctx.now, { firstContactResolvedAt: a.resolvedAt });
      return {
        set: {
          stage: 'resolved-at-first-contact',
          firstContactResolution: { outcome: a.outcome, summary: a.summary, remedies: a.remedies, resolvedAt: a.resolvedAt, resolvedById: ctx.actor.userId, deadlineRecord },
        },
        summary: `Resolved at first contact: ${responseOutcomeLabels[a.outcome].toLowerCase()}`,
      };
    },
  },

  withdraw: {
    label: 'Withdrawn by customer',
    group: 'side-path',
    appliesTo: (c) => notFinished(c),
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date withdrawn', a.withdrawnAt, c, ctx);
      if (problems.length > 0) return problems;
      const deadlineRecord = freezeDeadlineRecord(c, ctx.settings, ctx.now, { withdrawnAt: a.withdrawnAt });
      return {
        set: {
          stage: 'withdrawn',
          withdrawal: { withdrawnAt: a.withdrawnAt, how: a.how, reason: a.reason, recordedById: ctx.actor.userId, atStage: c.stage, deadlineRecord },
        },
        summary: `Customer withdrew the complaint ${by(a.how)}`,
      };
    },
  },

  sendEightWeekLetter: {
    label: 'Send eight-week letter',
    group: 'side-path',
    appliesTo: (c) => {
      if (c.eightWeekLetter) return 'The eight-week letter has already been sent';
      if (c.response) return 'The final response has been sent: it told the customer of their right to go to the Energy Ombudsman';
      return notFinished(c);
    },
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date the eight-week letter was sent', a.sentAt, c, ctx);
      if (problems.length > 0) return problems;
      const { ombudsmanEligibleFrom } = caseClock(c, ctx.settings);
      if (londonDate(a.sentAt) < ombudsmanEligibleFrom) return [`The eight-week letter can be sent from ${ombudsmanEligibleFrom}`];
      const missing = rightsLetterMissing(c, 'eight-week', a, ctx.settings);
      if (missing.length > 0) return missing;
      return { set: { eightWeekLetter: sentBy(a, ctx) }, summary: `Eight-week letter sent ${by(a.channel)}` };
    },
  },
} satisfies Partial<RuleTable>;
