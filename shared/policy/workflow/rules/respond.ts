// Rules for the final response and the customer's answer to it, including the deadlock letter.
import { customerAnswerLabels, formatPence, remedyLabels, responseOutcomeLabels, type Remedy } from '../../../model';
import { londonDate } from '../../calendar';
import { rightsLetterMissing } from '../ombudsman-case';
import type { RuleTable } from '../rule';
import { checkDay, checkInstant } from '../time';
import { atStage, by, list, sentBy } from './common';

export function describeRemedies(remedies: readonly Remedy[]): string {
  return list(remedies.map((r) => (r.kind === 'payment' ? `payment of ${formatPence(r.amountPence)}` : remedyLabels[r.kind].toLowerCase())));
}

export const respondRules = {
  respond: {
    label: 'Send final response',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['investigating'], 'The final response is sent after the investigation'),
    requires: (c) => [
      ...(c.investigatorId ? [] : ['Assign an investigator']),
      ...(c.findings ? [] : ['Record the findings: the facts established and the cause']),
    ],
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date the final response was sent', a.sentAt, c, ctx);
      if (problems.length > 0) return problems;
      const response = { ...sentBy(a, ctx), outcome: a.outcome, remedies: a.remedies, summary: a.summary };
      return {
        set: { stage: 'responded', response },
        summary: `Final response sent ${by(a.channel)}: ${responseOutcomeLabels[a.outcome].toLowerCase()}, with ${describeRemedies(a.remedies)}`,
      };
    },
  },

  recordCustomerAcceptance: {
    label: 'Record customer’s answer',
    group: 'main-path',
    appliesTo: (c) => {
      if (!c.response) return 'Send the final response first';
      if (c.deadlockLetter) return "The deadlock letter has been sent: the customer's answer stands";
      return atStage(c, ['responded', 'actions-taken', 'closed'], "The customer's answer is recorded after the final response");
    },
    apply: (c, a, ctx) => {
      const sentOn = londonDate(c.response?.sentAt ?? c.receivedAt);
      const problems = checkDay('Date of the customer’s answer', a.on, c, ctx, { day: sentOn, what: 'the final response was sent' });
      if (c.customerAcceptance?.answer === a.answer) problems.push('This answer is already recorded');
      if (problems.length > 0) return problems;
      return {
        set: { customerAcceptance: { answer: a.answer, on: a.on, note: a.note, recordedById: ctx.actor.userId } },
        summary: `Customer ${customerAnswerLabels[a.answer].charAt(0).toLowerCase()}${customerAnswerLabels[a.answer].slice(1)}`,
      };
    },
  },

  sendDeadlockLetter: {
    label: 'Send deadlock letter',
    group: 'main-path',
    appliesTo: (c) => {
      if (!c.response) return 'Send the final response first';
      return c.deadlockLetter ? 'The deadlock letter has already been sent' : null;
    },
    requires: (c) => (c.customerAcceptance?.answer === 'deadlock' ? [] : ['Record that the customer does not accept the final response']),
    apply: (c, a, ctx) => {
      const responseAt = c.response?.sentAt ?? c.receivedAt;
      const problems = checkInstant('Date the deadlock letter was sent', a.sentAt, c, ctx, { instant: responseAt, what: 'the final response was sent' });
      if (problems.length > 0) return problems;
      const missing = rightsLetterMissing(c, 'deadlock', a, ctx.settings);
      if (missing.length > 0) return missing;
      return {
        set: { deadlockLetter: sentBy(a, ctx) },
        summary: `Deadlock letter sent ${by(a.channel)}: the customer may go to the Energy Ombudsman now`,
      };
    },
  },
} satisfies Partial<RuleTable>;
