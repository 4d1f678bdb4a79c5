// Rules for holds (an agency is investigating) and for the customer's request for an independent review.
import { responseOutcomeLabels } from '../../../model';
import { isManager } from '../permissions';
import type { RuleTable } from '../rule';
import { checkDay, checkInstant } from '../time';
import { alreadyUsed, atStage, BEFORE_RESPONSE, by, sentBy } from './common';

export const holdEscalationRules = {
  placeHold: {
    label: 'Place on hold',
    group: 'side-path',
    managerOnly: 'place a case on hold',
    appliesTo: (c) =>
      c.holds.some((h) => !h.to)
        ? 'The case is already on hold'
        : atStage(c, BEFORE_RESPONSE, 'A hold pauses the resolve-by target, so it is placed before the final response'),
    apply: (c, a, ctx) => {
      const problems = [...alreadyUsed(c.holds, a.holdId, 'hold'), ...checkDay('First day of the hold', a.from, c, ctx)];
      const lastEnd = c.holds.map((h) => h.to ?? '').sort().pop();
      if (lastEnd && a.from <= lastEnd) problems.push(`The hold cannot start before the end of the previous hold (${lastEnd})`);
      if (a.expectedTo && a.expectedTo < a.from) problems.push('Expected last day of the hold cannot be before the first day of the hold');
      if (problems.length > 0) return problems;
      const hold = { id: a.holdId, agency: a.agency, reference: a.reference, decidedById: ctx.actor.userId, placedAt: ctx.now, from: a.from, ...(a.expectedTo ? { expectedTo: a.expectedTo } : {}) };
      return {
        set: { holds: [...c.holds, hold] },
        summary: `On hold from ${a.from}: ${a.agency} is investigating (reference ${a.reference}); the resolve-by target is paused${a.expectedTo ? `; expected to end ${a.expectedTo}` : ''}`,
      };
    },
  },

  releaseHold: {
    label: 'Release hold',
    group: 'side-path',
    managerOnly: 'release a hold',
    appliesTo: (c) => (c.holds.some((h) => !h.to) ? null : 'The case is not on hold'),
    apply: (c, a, ctx) => {
      const open = c.holds.find((h) => !h.to);
      if (!open) return ['The case is not on hold'];
      const problems = checkDay('Last day of the hold', a.to, c, ctx, { day: open.from, what: 'the first day of the hold' });
      if (problems.length > 0) return problems;
      const released = { ...open, to: a.to, releasedAt: ctx.now, releasedById: ctx.actor.userId };
      return { set: { holds: c.holds.map((h) => (h.id === open.id ? released : h)) }, summary: `Hold released: its last day was ${a.to}` };
    },
  },

  requestEscalation: {
    label: 'Record escalation request',
    group: 'side-path',
    appliesTo: (c) => {
      if (c.escalation) return 'The customer has already asked for escalation';
      return c.stage === 'withdrawn' ? 'The customer withdrew this complaint' : null;
    },
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date the customer asked for escalation', a.requestedAt, c, ctx);
      if (problems.length > 0) return problems;
      return {
        set: { escalation: { requestedAt: a.requestedAt, via: a.via, reason: a.reason, recordedById: ctx.actor.userId } },
        summary: `Customer asked ${by(a.via)} for an independent review`,
      };
    },
  },

  assignReviewer: {
    label: 'Assign reviewer',
    group: 'side-path',
    managerOnly: 'assign the escalation reviewer',
    appliesTo: (c) => (!c.escalation ? 'The customer has not asked for escalation' : c.escalation.outcome ? 'The escalation review is already decided' : null),
    apply: (c, a, ctx) => {
      if (a.reviewerId === c.investigatorId) return ['The reviewer must not be the investigator: the review must be independent'];
      if (c.namedStaffUserIds.includes(a.reviewerId)) return ['The reviewer cannot be an employee named in the complaint'];
      if (!c.escalation) return ['The customer has not asked for escalation'];
      if (c.escalation.reviewerId === a.reviewerId) return ['This person is already the reviewer'];
      return {
        set: { escalation: { ...c.escalation, reviewerId: a.reviewerId, reviewerAssignedAt: ctx.now, reviewerAssignedById: ctx.actor.userId } },
        summary: c.escalation.reviewerId ? 'Escalation reviewer changed' : 'Escalation reviewer assigned',
      };
    },
  },

  recordEscalationOutcome: {
    label: 'Record review outcome',
    group: 'side-path',
    appliesTo: (c) => (!c.escalation ? 'The customer has not asked for escalation' : c.escalation.outcome ? 'The escalation review is already decided' : null),
    requires: (c) => (c.escalation?.reviewerId ? [] : ['Assign a reviewer for the escalation']),
    mayAct: (c, ctx) =>
      c.escalation?.reviewerId === ctx.actor.userId || isManager(ctx.actor) ? null : 'Only the reviewer or a complaints manager can record the review outcome',
    apply: (c, a, ctx) => {
      if (!c.escalation) return ['The customer has not asked for escalation'];
      const after = { instant: c.escalation.requestedAt, what: 'the customer asked for escalation' };
      const problems = checkInstant('Date the review outcome was sent', a.sentAt, c, ctx, after);
      if (problems.length > 0) return problems;
      const outcome = { ...sentBy(a, ctx), decision: a.decision, summary: a.summary, decidedById: ctx.actor.userId };
      return {
        set: { escalation: { ...c.escalation, outcome } },
        summary: `Escalation review decided (${responseOutcomeLabels[a.decision].toLowerCase()}), outcome sent ${by(a.channel)}`,
      };
    },
  },
} satisfies Partial<RuleTable>;
