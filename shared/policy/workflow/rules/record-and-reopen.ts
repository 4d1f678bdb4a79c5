// Rules for the record regulators read: receipt details, later contacts, the business, reopening, the Ombudsman's timetable.
import { brokerContext, isFinishedStage, laterContact, previousLifeFields, receiptRecord, stageLabels, type ComplaintCase } from '../../../model';
import { DEFAULT_OMBUDSMAN_SETTINGS, ombudsmanEvidenceDueOn } from '../../ombudsman';
import type { RuleTable } from '../rule';
import { checkDay, checkInstant } from '../time';
import { alreadyUsed } from './common';

const issuesOf = (error: { issues: readonly { message: string }[] }) => [...new Set(error.issues.map((i) => i.message))];

/** The records of the life a reopening ends, and the case fields cleared for the new life. */
function splitLife(c: ComplaintCase) {
  const previous: Record<string, unknown> = {};
  const cleared: Record<string, undefined> = {};
  for (const field of previousLifeFields) {
    previous[field] = c[field];
    cleared[field] = undefined;
  }
  return { previous: { ...previous, delayNotices: c.delayNotices }, cleared };
}

export const recordAndReopenRules = {
  recordReceiptDetails: {
    label: 'Record receipt details',
    group: 'information',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a) => {
      const { type: _type, ...details } = a;
      const parsed = receiptRecord.safeParse(details);
      if (!parsed.success) return issuesOf(parsed.error);
      return {
        set: { receipt: parsed.data },
        summary: `Receipt recorded: made ${parsed.data.madeHow === 'oral' ? 'orally' : 'in writing'}, ${parsed.data.resolved ? 'resolved' : 'not resolved'}`,
      };
    },
  },

  recordLaterContact: {
    label: 'Record a later contact',
    group: 'information',
    forEnquiries: true,
    // Regulation 4(2): every later contact is recorded, whatever the case's stage.
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const contacts = c.laterContacts ?? [];
      const { type: _type, contactId, ...details } = a;
      const problems = [...alreadyUsed(contacts, contactId, 'contact'), ...checkInstant('Date of the contact', a.at, c, ctx)];
      const parsed = laterContact.safeParse({ ...details, id: contactId, recordedById: ctx.actor.userId, recordedAt: ctx.now });
      if (!parsed.success) problems.push(...issuesOf(parsed.error));
      if (problems.length > 0 || !parsed.success) return problems;
      const who = parsed.data.madeBy === 'customer' ? 'the customer' : `${parsed.data.onBehalfName ?? 'someone'} on the customer's behalf`;
      return {
        set: { laterContacts: [...contacts, parsed.data] },
        summary: `Later contact from ${who}, made ${parsed.data.madeHow === 'oral' ? 'orally' : 'in writing'}${parsed.data.resolved ? ': resolved' : ''}`,
      };
    },
  },

  recordBusinessDetails: {
    label: 'Record business details',
    group: 'information',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a) => {
      const parsed = brokerContext.safeParse(a.business);
      if (!parsed.success) return issuesOf(parsed.error);
      return { set: { business: parsed.data }, summary: c.business ? 'Business details changed' : 'Business details recorded' };
    },
  },

  reopen: {
    label: 'Reopen complaint',
    group: 'side-path',
    // Decision: any complaint that has ended can be reopened at any time, by any member of staff who works it.
    appliesTo: (c) => (isFinishedStage(c.stage) ? null : 'Only a complaint that has ended (closed, resolved or withdrawn) can be reopened'),
    apply: (c, a, ctx) => {
      const reopenings = c.reopenings ?? [];
      const problems = [...alreadyUsed(reopenings, a.reopeningId, 'reopening'), ...checkInstant('Date reopened', a.reopenedAt, c, ctx)];
      const ended = c.closeRecord?.closedAt ?? c.firstContactResolution?.resolvedAt ?? c.withdrawal?.withdrawnAt;
      if (ended && Date.parse(a.reopenedAt) < Date.parse(ended)) problems.push('Date reopened cannot be before the complaint ended');
      if (problems.length > 0) return problems;
      const { previous, cleared } = splitLife(c);
      const reopening = { id: a.reopeningId, reopenedAt: a.reopenedAt, reopenedById: ctx.actor.userId, reason: a.reason, fromStage: c.stage, previous };
      return {
        set: { ...cleared, delayNotices: [], stage: 'received', reopenings: [...reopenings, reopening] } as Partial<ComplaintCase>,
        summary: `Complaint reopened (it was ${stageLabels[c.stage].toLowerCase()}): ${a.reason}`,
      };
    },
  },

  requestOmbudsmanEvidence: {
    label: "Record the Ombudsman's request for evidence",
    group: 'side-path',
    appliesTo: (c) =>
      !c.ombudsman ? 'Record the referral to the Energy Ombudsman first' : c.ombudsman.evidenceRequestedOn ? "The Ombudsman's request for evidence is already recorded" : null,
    apply: (c, a, ctx) => {
      if (!c.ombudsman) return ['Record the referral to the Energy Ombudsman first'];
      const problems = checkDay("Date the Ombudsman asked for the firm's evidence", a.requestedOn, c, ctx, { day: c.ombudsman.referredOn, what: 'the referral' });
      if (problems.length > 0) return problems;
      const dueOn = ombudsmanEvidenceDueOn(a.requestedOn, ctx.settings.ombudsman ?? DEFAULT_OMBUDSMAN_SETTINGS);
      return {
        set: { ombudsman: { ...c.ombudsman, evidenceRequestedOn: a.requestedOn, evidenceDueOn: dueOn } },
        summary: `The Energy Ombudsman asked for the firm's evidence on ${a.requestedOn}: due by ${dueOn}`,
      };
    },
  },

  recordOmbudsmanEvidenceSent: {
    label: 'Record evidence sent to the Ombudsman',
    group: 'side-path',
    appliesTo: (c) =>
      !c.ombudsman?.evidenceRequestedOn
        ? "Record the Ombudsman's request for evidence first"
        : c.ombudsman.evidenceSentOn
          ? 'The evidence is already recorded as sent'
          : null,
    apply: (c, a, ctx) => {
      const ombudsman = c.ombudsman;
      if (!ombudsman?.evidenceRequestedOn) return ["Record the Ombudsman's request for evidence first"];
      const problems = checkDay('Date the evidence was sent', a.sentOn, c, ctx, { day: ombudsman.evidenceRequestedOn, what: "the Ombudsman's request" });
      if (problems.length > 0) return problems;
      const late = ombudsman.evidenceDueOn && a.sentOn > ombudsman.evidenceDueOn ? ` (late: it was due by ${ombudsman.evidenceDueOn})` : '';
      return { set: { ombudsman: { ...ombudsman, evidenceSentOn: a.sentOn } }, summary: `Evidence sent to the Energy Ombudsman on ${a.sentOn}${late}` };
    },
  },
} satisfies Partial<RuleTable>;
