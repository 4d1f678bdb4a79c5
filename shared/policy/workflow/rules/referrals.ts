// Rules for referrals outside the company: the Energy Ombudsman (decision, remedy) and consumer protection agencies.
import { ombudsmanDecisionLabels } from '../../../model';
import type { RuleTable } from '../rule';
import { checkDay, notInFuture } from '../time';
import { alreadyUsed } from './common';

export const referralRules = {
  referToOmbudsman: {
    label: 'Record Ombudsman referral',
    group: 'side-path',
    appliesTo: (c) => (c.ombudsman ? 'The case is already referred to the Energy Ombudsman' : null),
    apply: (c, a, ctx) => {
      const problems = checkDay('Date referred to the Energy Ombudsman', a.referredOn, c, ctx);
      if (problems.length > 0) return problems;
      return {
        set: { ombudsman: { referredOn: a.referredOn, reference: a.reference, recordedById: ctx.actor.userId, recordedAt: ctx.now } },
        summary: `Referred to the Energy Ombudsman on ${a.referredOn} (reference ${a.reference})`,
      };
    },
  },

  recordOmbudsmanDecision: {
    label: "Record Ombudsman's decision",
    group: 'side-path',
    appliesTo: (c) =>
      !c.ombudsman ? 'Record the referral to the Energy Ombudsman first' : c.ombudsman.decision ? "The Ombudsman's decision is already recorded" : null,
    apply: (c, a, ctx) => {
      if (!c.ombudsman) return ['Record the referral to the Energy Ombudsman first'];
      const problems = checkDay("Date of the Ombudsman's decision", a.decidedOn, c, ctx, { day: c.ombudsman.referredOn, what: 'the referral' });
      if (a.remedyDueOn !== undefined && a.remedies.length === 0) problems.push('Record the remedy the Ombudsman required, or leave the due date empty');
      if (problems.length > 0) return problems;
      const decision = { decision: a.decision, decidedOn: a.decidedOn, summary: a.summary, remedies: a.remedies, remedyDueOn: a.remedyDueOn, recordedById: ctx.actor.userId };
      return {
        set: { ombudsman: { ...c.ombudsman, decision } },
        summary: `Energy Ombudsman's decision: ${ombudsmanDecisionLabels[a.decision].toLowerCase()}${a.remedies.length > 0 ? ', with a remedy to complete' : ''}`,
      };
    },
  },

  completeOmbudsmanRemedy: {
    label: 'Ombudsman remedy completed',
    group: 'side-path',
    appliesTo: (c) => {
      const decision = c.ombudsman?.decision;
      if (!decision) return "Record the Ombudsman's decision first";
      if (decision.remedies.length === 0) return 'The Ombudsman required no remedy';
      return c.ombudsman?.remedyCompletedOn ? "The Ombudsman's remedy is already completed" : null;
    },
    apply: (c, a, ctx) => {
      const ombudsman = c.ombudsman;
      if (!ombudsman?.decision) return ["Record the Ombudsman's decision first"];
      const problems = checkDay('Date the remedy was completed', a.completedOn, c, ctx, { day: ombudsman.decision.decidedOn, what: "the Ombudsman's decision" });
      if (problems.length > 0) return problems;
      return {
        set: { ombudsman: { ...ombudsman, remedyCompletedOn: a.completedOn, remedyCompletedById: ctx.actor.userId } },
        summary: `Ombudsman's remedy completed on ${a.completedOn}`,
      };
    },
  },

  referToConsumerAgency: {
    label: 'Record consumer agency referral',
    group: 'side-path',
    forEnquiries: true,
    // The customer's right at any time: it fits every case and stage and never blocks anything.
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = [...alreadyUsed(c.consumerAgencyReferrals, a.referralId, 'referral'), ...notInFuture('Date referred', a.referredOn, ctx)];
      if (problems.length > 0) return problems;
      const referral = { id: a.referralId, agency: a.agency, referredOn: a.referredOn, reference: a.reference, note: a.note, recordedById: ctx.actor.userId, recordedAt: ctx.now };
      return { set: { consumerAgencyReferrals: [...c.consumerAgencyReferrals, referral] }, summary: `Referred to ${a.agency} on ${a.referredOn}` };
    },
  },
} satisfies Partial<RuleTable>;
