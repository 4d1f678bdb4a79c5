// The Energy Ombudsman on this case: eligibility and the window to refer, then the referral, evidence, decision and remedy.
import { useId } from 'react';
import { Alert, Paper, Stack, Typography } from '@mui/material';
import { ombudsmanDecisionLabels } from '../../../shared/model';
import { caseOmbudsmanDeadlines, caseOmbudsmanRights, londonDate, ombudsmanObligationLabels, type OmbudsmanDeadline } from '../../../shared/policy';
import { formatDate } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts, type Fact } from './Facts';
import { useNow } from '../../ui/use-now';

const STANDING = {
  'not-yet': 'Not yet: the customer may refer from',
  open: 'The customer may refer now',
  closed: 'The window to refer has closed',
  'business-too-large': 'The business is too large for the Energy Ombudsman',
} as const;

const deadlineWords = (d: OmbudsmanDeadline) =>
  `Due ${formatDate(d.dueOn)}: ${d.state === 'met' ? `done ${formatDate(d.doneOn ?? d.dueOn)}` : d.state === 'missed' ? `done late, ${formatDate(d.doneOn ?? d.dueOn)}` : d.state}`;

export function OmbudsmanPanel() {
  const { caseRecord: c, settings } = useCaseWork();
  const headingId = useId();
  const today = londonDate(useNow());
  if (c.kind !== 'complaint') return null;
  const rights = caseOmbudsmanRights(c, settings, today);
  const deadlines = caseOmbudsmanDeadlines(c, today);
  const o = c.ombudsman;
  const facts: Fact[] = [
    ['Eligible from', `${formatDate(rights.eligibleFrom)} (${rights.openedBy === 'deadlock' ? 'the deadlock letter' : '8 weeks after receipt'})`],
    ['Refer by', `${formatDate(rights.windowClosesOn)} (${rights.windowFrom === 'deadlock' ? 'after the deadlock letter' : 'after the 8-week date'})`],
    ['Reference', o?.reference],
    ['Referred', o ? formatDate(o.referredOn) : null],
    ['Evidence asked for', o?.evidenceRequestedOn ? formatDate(o.evidenceRequestedOn) : null],
    ...deadlines.map((d): Fact => [ombudsmanObligationLabels[d.obligation], deadlineWords(d)]),
    ['Evidence sent', o?.evidenceSentOn ? formatDate(o.evidenceSentOn) : null],
    ['Decision', o?.decision ? `${ombudsmanDecisionLabels[o.decision.decision]} (${formatDate(o.decision.decidedOn)}): ${o.decision.summary}` : null],
  ];
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Typography id={headingId} variant="h6" component="h2">
          Energy Ombudsman
        </Typography>
        <Alert severity={rights.standing === 'open' ? 'info' : rights.standing === 'not-yet' ? 'success' : 'warning'}>
          {STANDING[rights.standing]}
          {rights.standing === 'not-yet' ? ` ${formatDate(rights.eligibleFrom)}` : ''}
          {!rights.sizeKnown ? '. Record the business size: it decides eligibility' : ''}
        </Alert>
        <Facts facts={facts} />
      </Stack>
    </Paper>
  );
}
