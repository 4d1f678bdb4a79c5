// The record regulators read: how it was made, the way agreed, advice, resolution, later contacts, the business, both lives.
import { useId } from 'react';
import { Paper, Typography } from '@mui/material';
import {
  businessSizeLabels,
  channelLabels,
  commissionDisclosureLabels,
  contactMakerLabels,
  madeHowLabels,
  stageLabels,
  type ComplaintCase,
} from '../../../shared/model';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts, type Fact } from './Facts';

function lifeEnd(p: NonNullable<ComplaintCase['reopenings']>[number]['previous']): string {
  if (p.firstContactResolution) return `resolved at first contact ${formatDateTime(p.firstContactResolution.resolvedAt)}`;
  if (p.withdrawal) return `withdrawn ${formatDateTime(p.withdrawal.withdrawnAt)}`;
  const parts = [p.response ? `final response ${formatDateTime(p.response.sentAt)}` : null, p.closeRecord ? `closed ${formatDateTime(p.closeRecord.closedAt)}` : null];
  return parts.filter(Boolean).join(', ') || 'ended';
}

export function ComplaintRecordPanel() {
  const { caseRecord: c, nameOf } = useCaseWork();
  const headingId = useId();
  const r = c.receipt;
  const b = c.business;
  const facts: Fact[] = [
    ['Made', r ? madeHowLabels[r.madeHow] : 'Not recorded'],
    ['Way of communicating agreed', r ? channelLabels[r.agreedChannel] : null],
    ['Advice given or action taken', r?.adviceGiven],
    ['Resolved at receipt', r ? (r.resolved ? `Yes: ${r.resolvedBasis ?? ''}` : 'No') : null],
    ['Business', b ? `${b.businessName}, for whom ${b.actingPerson} complains` : null],
    ['Business size', b ? (b.businessSize ? `${businessSizeLabels[b.businessSize]}${b.businessSizeReason ? ` (${b.businessSizeReason})` : ''}` : 'Not known yet') : null],
    ['Suppliers', b && b.suppliers.length > 0 ? b.suppliers.map((s) => (s.complaintReference ? `${s.name} (their reference ${s.complaintReference})` : s.name)).join('; ') : null],
    ['Meter points', b && b.meterPoints.length > 0 ? b.meterPoints.map((m) => `${m.kind === 'mpan' ? 'MPAN' : 'MPRN'} ${m.number}`).join('; ') : null],
    ['Contract', b && (b.contractStart || b.contractEnd) ? `${b.contractStart ? formatDate(b.contractStart) : '?'} to ${b.contractEnd ? formatDate(b.contractEnd) : '?'}` : null],
    ['Letter of authority', b ? (b.letterOfAuthorityOnFile ? `On file${b.letterOfAuthorityExpires ? `, expires ${formatDate(b.letterOfAuthorityExpires)}` : ''}` : 'Not on file') : null],
    ["Broker's commission", b ? commissionDisclosureLabels[b.commissionDisclosed] : null],
    ...(c.laterContacts ?? []).map((l): Fact => [
      `Contact ${formatDateTime(l.at)}`,
      `${madeHowLabels[l.madeHow]}, by ${l.madeBy === 'customer' ? contactMakerLabels.customer.toLowerCase() : `${l.onBehalfName ?? 'someone'} on their behalf${l.onBehalfContact ? ` (${l.onBehalfContact})` : ''}`}: ${l.summary}${l.adviceGiven ? ` Advice or action: ${l.adviceGiven}` : ''}${l.resolved ? ` Resolved: ${l.resolvedBasis ?? ''}` : ''}`,
    ]),
    ...(c.reopenings ?? []).map((x, i): Fact => [
      i === 0 ? 'First life' : `Life ${i + 1}`,
      `Received ${formatDateTime(i === 0 ? c.receivedAt : (c.reopenings?.[i - 1]?.reopenedAt ?? c.receivedAt))}; ${lifeEnd(x.previous)} (${stageLabels[x.fromStage].toLowerCase()}). Reopened ${formatDateTime(x.reopenedAt)} by ${nameOf(x.reopenedById)}: ${x.reason}`,
    ]),
  ];
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Complaint record
      </Typography>
      <Facts facts={facts} />
    </Paper>
  );
}
