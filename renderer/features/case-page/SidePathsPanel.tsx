// The side paths on record: holds, delay notices, escalation, the Energy Ombudsman, consumer agencies, withdrawal.
import { useId } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { channelLabels, ombudsmanDecisionLabels, responseOutcomeLabels } from '../../../shared/model';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts, type Fact } from './Facts';

export function SidePathsPanel() {
  const { caseRecord: c, nameOf } = useCaseWork();
  const headingId = useId();
  const { escalation, ombudsman, withdrawal } = c;
  const facts: Fact[] = [
    ...c.holds.map((h): Fact => [
      `Hold (${h.agency})`,
      `Reference ${h.reference}; from ${formatDate(h.from)}${h.to ? ` to ${formatDate(h.to)}` : `, still open${h.expectedTo ? ` (expected to end ${formatDate(h.expectedTo)})` : ''}`}; decided by ${nameOf(h.decidedById)}`,
    ]),
    ...c.delayNotices.map((n): Fact => [`Delay notice ${formatDate(n.sentAt)}`, `${n.reason} — response now expected by ${formatDate(n.newExpectedDate)}`]),
    ['Escalation requested', escalation ? `${formatDateTime(escalation.requestedAt)} by ${channelLabels[escalation.via].toLowerCase()}${escalation.reason ? `: ${escalation.reason}` : ''}` : null],
    ['Reviewer', escalation?.reviewerId ? nameOf(escalation.reviewerId) : null],
    ['Review outcome', escalation?.outcome ? `${responseOutcomeLabels[escalation.outcome.decision]}: ${escalation.outcome.summary}` : null],
    ['Energy Ombudsman', ombudsman ? `Referred ${formatDate(ombudsman.referredOn)}, reference ${ombudsman.reference}` : null],
    ['Ombudsman’s decision', ombudsman?.decision ? `${ombudsmanDecisionLabels[ombudsman.decision.decision]} (${formatDate(ombudsman.decision.decidedOn)}): ${ombudsman.decision.summary}` : null],
    ['Ombudsman remedy completed', ombudsman?.remedyCompletedOn ? formatDate(ombudsman.remedyCompletedOn) : null],
    ...c.consumerAgencyReferrals.map((r): Fact => [`Referred to ${r.agency}`, `${formatDate(r.referredOn)}${r.reference ? `, reference ${r.reference}` : ''}${r.note ? ` — ${r.note}` : ''}`]),
    ['Eight-week letter', c.eightWeekLetter ? `Sent ${formatDateTime(c.eightWeekLetter.sentAt)}` : null],
    ['Withdrawn', withdrawal ? `${formatDateTime(withdrawal.withdrawnAt)} by ${channelLabels[withdrawal.how].toLowerCase()}${withdrawal.reason ? `: ${withdrawal.reason}` : ''}` : null],
  ];
  if (!facts.some(([, value]) => value)) return null;
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Side paths
      </Typography>
      <Box>
        <Facts facts={facts} />
      </Box>
    </Paper>
  );
}
