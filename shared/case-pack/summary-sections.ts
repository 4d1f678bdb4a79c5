// The sections of summary.pdf that describe the case itself: complaint, deadlines, conversations, findings, outcome.
import {
  labelledText,
  channelLabels,
  channelPhrase,
  complaintCategoryLabels,
  customerAnswerLabels,
  ombudsmanDecisionLabels,
  responseOutcomeLabels,
  rootCauseLabels,
  stageLabels,
  type ComplaintCase,
  type Customer,
  type DeadlineRecord,
} from '../model';
import { describeRemedies, type DeadlineStatus, type ObligationStatus } from '../policy';
import type { DocumentBlock } from '../pdf/a4-document';
import { deadlineStateWords, packDate, packDateTime } from './pack-words';

export type NameOf = (userId: string | undefined) => string;
type Row = { key: string; value: string };

const heading = (text: string): DocumentBlock => ({ type: 'heading', text });
const keyValue = (rows: (Row | false | undefined)[]): DocumentBlock => ({ type: 'keyValue', rows: rows.filter((r): r is Row => !!r) });
const none = (text: string): DocumentBlock => ({ type: 'paragraph', text, style: 'italic' });

export function customerSection(customer: Customer | null): DocumentBlock[] {
  if (!customer) return [heading('Customer'), none('The customer record is not on this desk.')];
  const a = customer.address;
  const address = a ? [a.line1, a.line2, a.town, a.county, a.postcode].filter(Boolean).join(', ') : undefined;
  return [
    heading('Customer'),
    keyValue([
      { key: 'Name', value: customer.name },
      address !== undefined && { key: 'Address', value: address },
      customer.phone !== undefined && { key: 'Telephone', value: customer.phone },
      customer.email !== undefined && { key: 'Email', value: customer.email },
      customer.accountNumber !== undefined && { key: 'Account number', value: customer.accountNumber },
    ]),
  ];
}

export function complaintSection(c: ComplaintCase, nameOf: NameOf): DocumentBlock[] {
  return [
    heading('The complaint'),
    keyValue([
      { key: 'Received', value: `${packDateTime(c.receivedAt)} ${channelPhrase(c.channel)}` },
      { key: 'Taken by', value: nameOf(c.takenById) },
      { key: 'Stage', value: stageLabels[c.stage] },
      c.category !== undefined && { key: 'Category', value: complaintCategoryLabels[c.category] },
      c.dealtWithName !== undefined && { key: 'Person dealt with', value: c.dealtWithName },
      ...labelledText(c).map(({ label, text }) => ({ key: label, value: text })),
    ]),
  ];
}

const OBLIGATION_LABELS: Record<ObligationStatus['obligation'], string> = {
  acknowledge: 'Acknowledge within 3 business days',
  resolve: 'Resolve within 10 business days',
  delayNotice: 'Tell the customer of any delay',
  eightWeekLetter: '8-week letter',
  ombudsmanEligibility: 'Energy Ombudsman open to the customer (8 weeks)',
};

/** Every deadline with its date, when it was done and whether it was met, from the policy's case status. */
export function deadlinesSection(status: DeadlineStatus | DeadlineRecord, frozenAt: string | null): DocumentBlock[] {
  const obligations = [status.acknowledge, status.resolve, status.delayNotice, status.eightWeekLetter, status.ombudsmanEligibility];
  const rows = obligations.map((o) => {
    const due = o.dueOn ?? (o.obligation === 'ombudsmanEligibility' ? status.clock.ombudsmanEligibleFrom : null);
    const state = o.obligation === 'ombudsmanEligibility' ? (o.state === 'met' ? 'Reached' : o.state === 'due' ? 'Not yet reached' : deadlineStateWords[o.state]) : deadlineStateWords[o.state];
    return [OBLIGATION_LABELS[o.obligation], due ? packDate(due) : '-', o.doneOn ? packDate(o.doneOn) : '-', o.breach ? `${state} (breach)` : state];
  });
  return [
    heading('Deadlines'),
    {
      type: 'paragraph',
      style: 'small',
      text: frozenAt ? `As recorded when the case ended on ${packDateTime(frozenAt)}.` : 'As they stand when this pack was made.',
    },
    { type: 'table', columns: [{ title: 'Deadline', width: 3 }, { title: 'Due' }, { title: 'Done' }, { title: 'Met?', width: 1.4 }], rows },
  ];
}

export function conversationsSection(c: ComplaintCase): DocumentBlock[] {
  if (c.conversations.length === 0) return [heading('Conversations'), none('No conversations are recorded.')];
  const rows = c.conversations.map((v) => [packDate(v.on), channelLabels[v.channel], v.people.map((p) => p.name).join(', '), v.summary]);
  return [heading('Conversations'), { type: 'table', columns: [{ title: 'Date' }, { title: 'How' }, { title: 'Who', width: 1.6 }, { title: 'Summary', width: 3.5 }], rows }];
}

export function findingsSection(c: ComplaintCase, nameOf: NameOf): DocumentBlock[] {
  if (!c.findings) return [heading('Findings'), none('No findings are recorded yet.')];
  return [
    heading('Findings'),
    keyValue([
      { key: 'Facts established', value: c.findings.factsEstablished },
      { key: 'Cause', value: c.findings.cause },
      { key: 'Recorded', value: `${packDateTime(c.findings.recordedAt)} by ${nameOf(c.findings.recordedById)}` },
    ]),
  ];
}

export function outcomeSection(c: ComplaintCase): DocumentBlock[] {
  const answer = c.customerAcceptance;
  const rows: (Row | false | undefined)[] = c.response
    ? [
        { key: 'Outcome', value: responseOutcomeLabels[c.response.outcome] },
        { key: 'Remedies offered', value: capitalise(describeRemedies(c.response.remedies)) },
        { key: 'Final response', value: `${c.response.summary} (sent ${packDateTime(c.response.sentAt)} ${channelPhrase(c.response.channel)})` },
      ]
    : [];
  const first = c.firstContactResolution;
  if (first) {
    rows.push({ key: 'Resolved at first contact', value: `${responseOutcomeLabels[first.outcome]}: ${first.summary}` });
    rows.push({ key: 'Remedies offered', value: capitalise(describeRemedies(first.remedies)) });
  }
  if (answer) rows.push({ key: "Customer's answer", value: `${customerAnswerLabels[answer.answer]} (${packDate(answer.on)})${answer.note ? `: ${answer.note}` : ''}` });
  if (c.withdrawal) rows.push({ key: 'Withdrawn', value: `${packDateTime(c.withdrawal.withdrawnAt)}: ${c.withdrawal.reason ?? 'no reason given'}` });
  for (const action of c.improvementActions) {
    rows.push({ key: 'Improvement action', value: `${action.what} (owner ${action.owner}, due ${packDate(action.due)}${action.doneOn ? `, done ${packDate(action.doneOn)}` : ''})` });
  }
  if (c.closeRecord) rows.push({ key: 'Root cause', value: `${rootCauseLabels[c.closeRecord.rootCause]}. Lessons learned: ${c.closeRecord.lessonsLearned}` });
  if (c.escalation) {
    const outcome = c.escalation.outcome;
    rows.push({ key: 'Escalation', value: `Requested ${packDateTime(c.escalation.requestedAt)}${outcome ? `; review outcome ${responseOutcomeLabels[outcome.decision].toLowerCase()}: ${outcome.summary}` : '; review not yet decided'}` });
  }
  if (rows.length === 0) return [heading('Outcome and remedies'), none('No outcome is recorded yet.')];
  return [heading('Outcome and remedies'), keyValue(rows)];
}

export function holdsAndReferralsSection(c: ComplaintCase): DocumentBlock[] {
  const rows: string[][] = [];
  for (const h of c.holds) rows.push(['Hold', `${h.agency} (reference ${h.reference})`, packDate(h.from), h.to ? packDate(h.to) : 'Open']);
  const o = c.ombudsman;
  if (o) {
    const decision = o.decision ? `; decision: ${ombudsmanDecisionLabels[o.decision.decision]}` : '';
    rows.push(['Energy Ombudsman', `Reference ${o.reference}${decision}`, packDate(o.referredOn), o.remedyCompletedOn ? `Remedy done ${packDate(o.remedyCompletedOn)}` : '-']);
  }
  for (const r of c.consumerAgencyReferrals) rows.push(['Consumer protection agency', `${r.agency}${r.reference ? ` (reference ${r.reference})` : ''}`, packDate(r.referredOn), '-']);
  if (rows.length === 0) return [heading('Holds and referrals'), none('The case has had no holds and no referrals.')];
  return [heading('Holds and referrals'), { type: 'table', columns: [{ title: 'What', width: 1.6 }, { title: 'Detail', width: 3 }, { title: 'From' }, { title: 'To or result', width: 1.4 }], rows }];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
