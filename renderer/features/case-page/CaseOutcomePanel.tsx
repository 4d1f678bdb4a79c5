// The investigation and what came of it: findings, final response, the customer's answer, improvements, closing.
import { useId } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { channelLabels, customerAnswerLabels, responseOutcomeLabels, rootCauseLabels } from '../../../shared/model';
import { describeRemedies } from '../../../shared/policy';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts } from './Facts';

export function CaseOutcomePanel() {
  const { caseRecord: c } = useCaseWork();
  const headingId = useId();
  if (!c.findings && !c.response && c.improvementActions.length === 0 && !c.noImprovementNeeded && !c.closeRecord && !c.firstContactResolution) return null;
  const response = c.response;
  const first = c.firstContactResolution;
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Findings and outcome
      </Typography>
      <Facts
        facts={[
          ['Facts established', c.findings?.factsEstablished],
          ['Cause', c.findings?.cause],
          ['Outcome', response ? responseOutcomeLabels[response.outcome] : first ? responseOutcomeLabels[first.outcome] : null],
          ['Remedies', response ? describeRemedies(response.remedies) : first && first.remedies.length > 0 ? describeRemedies(first.remedies) : null],
          ['Final response', response ? `${response.summary}\nSent ${formatDateTime(response.sentAt)} by ${channelLabels[response.channel].toLowerCase()}` : null],
          ['Resolved at first contact', first ? `${first.summary}\n${formatDateTime(first.resolvedAt)}` : null],
          ['Customer’s answer', c.customerAcceptance ? `${customerAnswerLabels[c.customerAcceptance.answer]} (${formatDate(c.customerAcceptance.on)})` : null],
          ['Deadlock letter', c.deadlockLetter ? `Sent ${formatDateTime(c.deadlockLetter.sentAt)}` : null],
          ['No improvement needed', c.noImprovementNeeded?.reason],
          ['Root cause', c.closeRecord ? rootCauseLabels[c.closeRecord.rootCause] : null],
          ['Lessons learned', c.closeRecord?.lessonsLearned],
          ['Closed', c.closeRecord ? formatDateTime(c.closeRecord.closedAt) : null],
        ]}
      />
      {c.improvementActions.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3">
            Improvement actions
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {c.improvementActions.map((a) => (
              <li key={a.id}>
                {a.what} — {a.owner}, due {formatDate(a.due)}: {a.doneOn ? `done ${formatDate(a.doneOn)}${a.doneNote ? ` (${a.doneNote})` : ''}` : 'not yet done'}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </Paper>
  );
}
