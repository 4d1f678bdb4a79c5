// The sections of summary.pdf for the record regulators read: receipt and later contacts, the business, reopenings, the Ombudsman.
import {
  businessSizeLabels,
  channelLabels,
  commissionDisclosureLabels,
  madeHowLabels,
  ombudsmanDecisionLabels,
  stageLabels,
  type ComplaintCase,
} from '../model';
import { ombudsmanObligationLabels, type OmbudsmanDeadline, type OmbudsmanRights } from '../policy';
import type { DocumentBlock } from '../pdf/a4-document';
import { packDate, packDateTime } from './pack-words';
import type { NameOf } from './summary-sections';

type Row = { key: string; value: string };
const heading = (text: string): DocumentBlock => ({ type: 'heading', text });
const keyValue = (rows: (Row | false | undefined | null)[]): DocumentBlock => ({ type: 'keyValue', rows: rows.filter((r): r is Row => !!r) });
const none = (text: string): DocumentBlock => ({ type: 'paragraph', text, style: 'italic' });

/** What regulation 4 records at receipt and at every later contact. */
export function recordSection(c: ComplaintCase): DocumentBlock[] {
  const r = c.receipt;
  const blocks: DocumentBlock[] = [heading('Record at receipt and later contacts')];
  blocks.push(
    r
      ? keyValue([
          { key: 'Made', value: madeHowLabels[r.madeHow] },
          { key: 'Way of communicating agreed', value: channelLabels[r.agreedChannel] },
          r.adviceGiven !== undefined && { key: 'Advice given or action taken', value: r.adviceGiven },
          { key: 'Resolved at receipt', value: r.resolved ? `Yes: ${r.resolvedBasis ?? ''}` : 'No' },
        ])
      : none('How the complaint was made and the way of communicating agreed were not recorded.'),
  );
  const contacts = c.laterContacts ?? [];
  if (contacts.length > 0) {
    const rows = contacts.map((l) => [
      packDateTime(l.at),
      madeHowLabels[l.madeHow],
      l.madeBy === 'customer' ? 'The customer' : `${l.onBehalfName ?? 'Someone'} on their behalf`,
      [l.summary, l.adviceGiven ? `Advice or action: ${l.adviceGiven}` : '', l.resolved ? `Resolved: ${l.resolvedBasis ?? ''}` : ''].filter(Boolean).join(' '),
    ]);
    blocks.push({ type: 'table', columns: [{ title: 'When', width: 1.3 }, { title: 'How' }, { title: 'Who', width: 1.4 }, { title: 'Summary', width: 3.5 }], rows });
  }
  return blocks;
}

export function businessSection(c: ComplaintCase): DocumentBlock[] {
  const b = c.business;
  if (!b) return [];
  return [
    heading('The business'),
    keyValue([
      { key: 'Business', value: b.businessName },
      { key: 'Complaining for it', value: b.actingPerson },
      { key: 'Size', value: b.businessSize ? `${businessSizeLabels[b.businessSize]}${b.businessSizeReason ? ` (${b.businessSizeReason})` : ''}` : 'Not known' },
      b.suppliers.length > 0 && { key: 'Suppliers', value: b.suppliers.map((s) => (s.complaintReference ? `${s.name} (reference ${s.complaintReference})` : s.name)).join('; ') },
      b.meterPoints.length > 0 && { key: 'Meter points', value: b.meterPoints.map((m) => `${m.kind === 'mpan' ? 'MPAN' : 'MPRN'} ${m.number}`).join('; ') },
      (b.contractStart !== undefined || b.contractEnd !== undefined) && {
        key: 'Contract',
        value: `${b.contractStart ? packDate(b.contractStart) : 'start not known'} to ${b.contractEnd ? packDate(b.contractEnd) : 'end not known'}`,
      },
      { key: 'Letter of authority', value: b.letterOfAuthorityOnFile ? `On file${b.letterOfAuthorityExpires ? `, expires ${packDate(b.letterOfAuthorityExpires)}` : ''}` : 'Not on file' },
      { key: "Broker's commission", value: commissionDisclosureLabels[b.commissionDisclosed] },
    ]),
  ];
}

export function reopeningsSection(c: ComplaintCase, nameOf: NameOf): DocumentBlock[] {
  const reopenings = c.reopenings ?? [];
  if (reopenings.length === 0) return [];
  const rows = reopenings.map((r) => {
    const p = r.previous;
    const ended = p.response ? `Final response ${packDate(p.response.sentAt)}` : p.firstContactResolution ? `Resolved at first contact ${packDate(p.firstContactResolution.resolvedAt)}` : p.withdrawal ? `Withdrawn ${packDate(p.withdrawal.withdrawnAt)}` : '-';
    return [packDateTime(r.reopenedAt), `${stageLabels[r.fromStage]}; ${ended}`, nameOf(r.reopenedById), r.reason];
  });
  return [
    heading('Reopened'),
    { type: 'paragraph', style: 'small', text: 'Each reopening starts a new life of the case; the 8-week date and the Energy Ombudsman run from the first receipt.' },
    { type: 'table', columns: [{ title: 'Reopened', width: 1.3 }, { title: 'Earlier life ended', width: 2 }, { title: 'By', width: 1.2 }, { title: 'Reason', width: 2.5 }], rows },
  ];
}

export function ombudsmanSection(c: ComplaintCase, rights: OmbudsmanRights, deadlines: readonly OmbudsmanDeadline[]): DocumentBlock[] {
  const o = c.ombudsman;
  return [
    heading('Energy Ombudsman'),
    keyValue([
      { key: 'Eligible from', value: `${packDate(rights.eligibleFrom)} (${rights.openedBy === 'deadlock' ? 'deadlock letter' : '8 weeks after receipt'})` },
      { key: 'Refer by', value: packDate(rights.windowClosesOn) },
      rights.standing === 'business-too-large' && { key: 'Business size', value: 'Too large for the scheme' },
      o && { key: 'Reference', value: o.reference },
      o && { key: 'Referred', value: packDate(o.referredOn) },
      o?.evidenceRequestedOn !== undefined && { key: 'Evidence asked for', value: packDate(o.evidenceRequestedOn) },
      ...deadlines.map((d) => ({ key: ombudsmanObligationLabels[d.obligation], value: `due ${packDate(d.dueOn)}${d.doneOn ? `, done ${packDate(d.doneOn)}` : ''} (${d.state})` })),
      o?.evidenceSentOn !== undefined && { key: 'Evidence sent', value: packDate(o.evidenceSentOn) },
      o?.decision && { key: 'Decision', value: `${ombudsmanDecisionLabels[o.decision.decision]} (${packDate(o.decision.decidedOn)}): ${o.decision.summary}` },
    ]),
  ];
}
