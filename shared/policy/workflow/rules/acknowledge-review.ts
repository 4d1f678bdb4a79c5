// Rules for the first steps: acknowledge the complaint, start the review, categorise it.
import { complaintCategoryLabels } from '../../../model';
import type { RuleTable } from '../rule';
import { checkInstant } from '../time';
import { atStage, by, notFinished, sentBy } from './common';

export const acknowledgeReviewRules = {
  acknowledge: {
    label: 'Acknowledge',
    group: 'main-path',
    appliesTo: (c) =>
      c.acknowledgement ? 'This complaint has already been acknowledged' : atStage(c, ['received'], 'Only a newly received complaint can be acknowledged'),
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date the acknowledgement was sent', a.sentAt, c, ctx);
      if (problems.length > 0) return problems;
      return { set: { stage: 'acknowledged', acknowledgement: sentBy(a, ctx) }, summary: `Acknowledged ${by(a.channel)}` };
    },
  },

  startReview: {
    label: 'Start review',
    group: 'main-path',
    appliesTo: (c) => atStage(c, ['acknowledged'], 'The review starts once the complaint is acknowledged'),
    requires: (c) => (c.acknowledgement ? [] : ['Record how the acknowledgement was sent']),
    apply: () => ({ set: { stage: 'under-review' }, summary: 'Review started' }),
  },

  categorise: {
    label: 'Categorise',
    group: 'main-path',
    appliesTo: (c) => notFinished(c),
    apply: (c, a) => {
      if (c.category === a.category) return [`The complaint is already categorised as ${complaintCategoryLabels[a.category].toLowerCase()}`];
      return { set: { category: a.category }, summary: `Categorised as ${complaintCategoryLabels[a.category].toLowerCase()}` };
    },
  },
} satisfies Partial<RuleTable>;
