// What the complaint is about, and the conversations and information requests gathered for it.
import { useId } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { channelLabels, checklistItemLabels, storyFieldNames, storyFields } from '../../../shared/model';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts } from './Facts';

export function CaseSummaryPanel() {
  const { caseRecord: c } = useCaseWork();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        The complaint
      </Typography>
      <Facts
        facts={[
          ['Nature of the complaint', c.nature],
          ...storyFieldNames.map((name): [string, string | undefined] => [storyFields[name].label, c[name]]),
          ['Not a complaint because', c.enquiry?.reason],
          ['Written confirmation', c.writtenConfirmation ? `Arrived ${formatDateTime(c.writtenConfirmation.receivedAt)}` : c.writtenConfirmationRequest ? `Requested ${formatDateTime(c.writtenConfirmationRequest.sentAt)}` : null],
        ]}
      />
      {c.conversations.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3">
            Conversations
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {c.conversations.map((talk) => (
              <li key={talk.id}>
                {formatDate(talk.on)}, {channelLabels[talk.channel].toLowerCase()}, with {talk.people.map((p) => p.name).join(', ')}: {talk.summary}
              </li>
            ))}
          </Box>
        </Box>
      )}
      {c.informationRequests.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3">
            Information requested
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {c.informationRequests.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.sentAt)} by {channelLabels[r.channel].toLowerCase()}: {r.items.map((i) => checklistItemLabels[i].toLowerCase()).join(', ')}
                {r.note ? ` — ${r.note}` : ''}
                {r.answeredAt ? ` (answered ${formatDateTime(r.answeredAt)})` : ' (awaiting answer)'}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </Paper>
  );
}
