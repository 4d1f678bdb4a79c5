// One event on the timeline: what happened, who, when, and (on request) the fields it changed, before and after.
import { useId, useState } from 'react';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import ExpandMore from '@mui/icons-material/ExpandMore';
import ExpandLess from '@mui/icons-material/ExpandLess';
import type { TimelineEvent } from '../../../shared/model';
import { formatDateTime } from '../../ui/en-gb-format';
import { ChangeTable } from './ChangeTable';
import { changeRows, timelineKindLabel, withDisplayDates } from './timeline-view';

export interface TimelineEntryProps {
  event: TimelineEvent;
  who: string;
  /** A staff member's name for an id found in the changed values, if it is one. */
  staffName(id: string): string | undefined;
}

export function TimelineEntry({ event, who, staffName }: TimelineEntryProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const rows = changeRows(event, staffName);
  const summary = withDisplayDates(event.summary);
  const when = formatDateTime(event.at);
  return (
    <Box component="li" sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Stack direction="row" spacing={1} alignItems="baseline" useFlexGap flexWrap="wrap">
        <Chip size="small" label={timelineKindLabel(event.action)} variant="outlined" />
        <Typography component="span" sx={{ fontWeight: 500 }}>
          {summary}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mt: 0.5 }}>
        <Typography variant="body2" color="text.secondary">
          <Box component="time" dateTime={event.at}>
            {when}
          </Box>{' '}
          by {who}
        </Typography>
        {rows.length > 0 && (
          <Button
            size="small"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            endIcon={open ? <ExpandLess aria-hidden /> : <ExpandMore aria-hidden />}
            aria-label={`${open ? 'Hide' : 'Show'} changes: ${summary} (${when})`}
          >
            {open ? 'Hide changes' : 'Show changes'}
          </Button>
        )}
      </Stack>
      {open && (
        <Box id={detailsId} sx={{ mt: 1, overflowX: 'auto' }}>
          <ChangeTable rows={rows} caption={`Changes made by event ${event.seq}`} />
        </Box>
      )}
    </Box>
  );
}
