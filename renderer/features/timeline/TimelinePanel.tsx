// The case's timeline: every event, newest first, filterable by kind and person, with who and when.
import { useCallback, useId, useMemo, useState } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import type { TimelineEvent } from '../../../shared/model';
import { TimelineEntry } from './TimelineEntry';
import { TimelineFilters } from './TimelineFilters';
import { everyEvent, filterTimeline, kindOptions, personOptions, type TimelineFilter } from './timeline-view';

export interface TimelinePanelProps {
  events: readonly TimelineEvent[];
  /** Staff names by user id. */
  people: ReadonlyMap<string, string>;
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'event' : 'events'}`;
}

export function TimelinePanel({ events, people: names }: TimelinePanelProps) {
  const headingId = useId();
  const staffName = useCallback((id: string) => names.get(id), [names]);
  const nameOf = useCallback((id: string) => names.get(id) ?? 'Former member of staff', [names]);
  const [filter, setFilter] = useState<TimelineFilter>(everyEvent);
  const kinds = useMemo(() => kindOptions(events), [events]);
  const people = useMemo(() => personOptions(events, nameOf), [events, nameOf]);
  const shown = useMemo(() => filterTimeline(events, filter), [events, filter]);
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Timeline
      </Typography>
      <TimelineFilters filter={filter} kinds={kinds} people={people} onChange={setFilter} />
      <Typography variant="body2" color="text.secondary" role="status">
        {shown.length === events.length ? `${count(events.length)}, newest first` : `${shown.length} of ${count(events.length)} shown, newest first`}
      </Typography>
      {shown.length === 0 ? (
        <Typography sx={{ mt: 1 }}>No events match the filter.</Typography>
      ) : (
        <Box component="ol" aria-labelledby={headingId} sx={{ m: 0, p: 0 }}>
          {shown.map((event) => (
            <TimelineEntry key={event.id} event={event} who={nameOf(event.actorId)} staffName={staffName} />
          ))}
        </Box>
      )}
    </Paper>
  );
}
