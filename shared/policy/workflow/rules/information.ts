// Rules for gathering information: requests and arrivals, the checklist, written confirmation, conversations, files.
import {
  checklistItemLabels,
  verbalChannels,
  type ChecklistItem,
  type ComplaintCase,
  type InformationChecklist,
} from '../../../model';
import { londonDate } from '../../calendar';
import type { RuleTable } from '../rule';
import { checkDay, checkInstant, notInFuture } from '../time';
import { alreadyUsed, atStage, BEFORE_RESPONSE, by, list, notFinished, sentBy } from './common';

const label = (item: ChecklistItem) => checklistItemLabels[item].charAt(0).toLowerCase() + checklistItemLabels[item].slice(1);

/** Marks items provided; a request whose items have all arrived is marked answered. */
function withProvided(c: ComplaintCase, items: readonly ChecklistItem[], at: string): Pick<ComplaintCase, 'checklist' | 'informationRequests'> {
  const checklist: InformationChecklist = { ...c.checklist };
  for (const item of items) checklist[item] = { status: 'provided', on: londonDate(at) };
  const informationRequests = c.informationRequests.map((r) =>
    !r.answeredAt && r.items.every((i) => checklist[i].status === 'provided' || checklist[i].status === 'not-applicable') ? { ...r, answeredAt: at } : r,
  );
  return { checklist, informationRequests };
}

/** Items that arrive with a conversation or a customer's document count as provided unless already settled. */
function stillOpen(c: ComplaintCase, item: ChecklistItem): boolean {
  const status = c.checklist[item].status;
  return status === 'outstanding' || status === 'requested';
}

export const informationRules = {
  requestInformation: {
    label: 'Request information',
    group: 'information',
    appliesTo: (c) => atStage(c, BEFORE_RESPONSE, 'Information is requested before the final response'),
    apply: (c, a, ctx) => {
      const items = [...new Set(a.items)];
      const problems = [...alreadyUsed(c.informationRequests, a.requestId, 'information request'), ...checkInstant('Date the request was sent', a.sentAt, c, ctx)];
      for (const item of items) if (c.checklist[item].status === 'provided') problems.push(`${checklistItemLabels[item]} is already provided`);
      if (problems.length > 0) return problems;
      const checklist: InformationChecklist = { ...c.checklist };
      for (const item of items) checklist[item] = { status: 'requested', on: londonDate(a.sentAt), channel: a.channel, requestId: a.requestId };
      const { sentById, documentId } = sentBy(a, ctx);
      const request = { id: a.requestId, items, note: a.note, sentAt: a.sentAt, channel: a.channel, sentById, documentId };
      return {
        set: { checklist, informationRequests: [...c.informationRequests, request] },
        summary: `Information requested ${by(a.channel)}: ${list(items.map(label))}`,
      };
    },
  },

  recordInformationReceived: {
    label: 'Record information received',
    group: 'information',
    appliesTo: (c) => notFinished(c),
    apply: (c, a, ctx) => {
      const request = a.requestId === undefined ? undefined : c.informationRequests.find((r) => r.id === a.requestId);
      if (a.requestId !== undefined && !request) return ['Choose the information request this answers'];
      const after = request ? { instant: request.sentAt, what: 'the request was sent' } : undefined;
      const problems = checkInstant('Date the information arrived', a.receivedAt, c, ctx, after);
      if (problems.length > 0) return problems;
      const items = [...new Set(a.items)].filter((item) => c.checklist[item].status !== 'provided');
      if (items.length === 0) return ['Everything chosen is already provided'];
      return { set: withProvided(c, items, a.receivedAt), summary: `Information received: ${list(items.map(label))}` };
    },
  },

  markChecklistItem: {
    label: 'Update checklist',
    group: 'information',
    appliesTo: (c) => notFinished(c),
    apply: (c, a, ctx) => {
      const s = a.state;
      const state =
        s.status === 'provided'
          ? { status: 'provided' as const, on: s.on ?? ctx.today }
          : s.status === 'requested'
            ? { status: 'requested' as const, on: s.on, channel: s.channel }
            : { status: 'not-applicable' as const, reason: s.reason };
      const problems = state.status === 'not-applicable' ? [] : checkDay(state.status === 'provided' ? 'Date provided' : 'Date requested', state.on, c, ctx);
      if (c.checklist[a.item].status === state.status && state.status !== 'not-applicable') {
        problems.push(`${checklistItemLabels[a.item]} is already marked ${state.status}`);
      }
      if (problems.length > 0) return problems;
      const words = state.status === 'not-applicable' ? 'not applicable' : state.status;
      return { set: { checklist: { ...c.checklist, [a.item]: state } }, summary: `Checklist: ${label(a.item)} marked ${words}` };
    },
  },

  requestWrittenConfirmation: {
    label: 'Request written confirmation',
    group: 'information',
    appliesTo: (c) => {
      if (!verbalChannels.includes(c.channel)) return 'The complaint was made in writing: no written confirmation is needed';
      if (c.writtenConfirmationRequest) return 'Written confirmation has already been requested';
      return notFinished(c);
    },
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date written confirmation was requested', a.sentAt, c, ctx);
      if (problems.length > 0) return problems;
      return { set: { writtenConfirmationRequest: sentBy(a, ctx) }, summary: `Written confirmation requested ${by(a.channel)}; deadlines unchanged` };
    },
  },

  recordWrittenConfirmation: {
    label: 'Record written confirmation',
    group: 'information',
    appliesTo: (c) => {
      if (!verbalChannels.includes(c.channel)) return 'The complaint was made in writing: no written confirmation is needed';
      return c.writtenConfirmation ? 'Written confirmation has already been recorded' : null;
    },
    apply: (c, a, ctx) => {
      const problems = checkInstant('Date the written confirmation arrived', a.receivedAt, c, ctx);
      if (a.attachmentId !== undefined && !c.attachments.some((x) => x.id === a.attachmentId)) {
        problems.push('Attach the written confirmation to the case first, then choose it');
      }
      if (problems.length > 0) return problems;
      return {
        set: { writtenConfirmation: { receivedAt: a.receivedAt, recordedById: ctx.actor.userId, attachmentId: a.attachmentId } },
        summary: 'Written confirmation received; deadlines unchanged',
      };
    },
  },

  recordConversation: {
    label: 'Record conversation',
    group: 'information',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = [...alreadyUsed(c.conversations, a.conversationId, 'conversation'), ...notInFuture('Date of the conversation', a.on, ctx)];
      if (problems.length > 0) return problems;
      const conversation = { id: a.conversationId, on: a.on, channel: a.channel, people: a.people, summary: a.summary, recordedById: ctx.actor.userId, recordedAt: ctx.now };
      const provided = stillOpen(c, 'conversations') ? withProvided(c, ['conversations'], ctx.now) : {};
      return { set: { conversations: [...c.conversations, conversation], ...provided }, summary: `Conversation of ${a.on} ${by(a.channel)} recorded` };
    },
  },

  attachDocument: {
    label: 'Attach file',
    group: 'information',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = alreadyUsed(c.attachments, a.attachmentId, 'file');
      if (problems.length > 0) return problems;
      const { type: _type, attachmentId, ...meta } = a;
      const file = { id: attachmentId, ...meta, addedById: ctx.actor.userId, addedAt: ctx.now };
      const provided = a.source === 'customer' && stillOpen(c, 'supportingDocuments') ? withProvided(c, ['supportingDocuments'], ctx.now) : {};
      return { set: { attachments: [...c.attachments, file], ...provided }, summary: `File attached: ${a.name}` };
    },
  },
} satisfies Partial<RuleTable>;
