// Narrow the timeline to one kind of event and/or one person.
import { MenuItem, Stack, TextField } from '@mui/material';
import type { Option, TimelineFilter } from './timeline-view';

export interface TimelineFiltersProps {
  filter: TimelineFilter;
  kinds: readonly Option[];
  people: readonly Option[];
  onChange(filter: TimelineFilter): void;
}

/** Shows "Every kind" / "Everyone" rather than an empty box when nothing is chosen. */
const EMPTY_SHOWN = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

export function TimelineFilters({ filter, kinds, people, onChange }: TimelineFiltersProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1 }}>
      <TextField select label="Kind of event" value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value })} sx={{ maxWidth: 320 }} slotProps={EMPTY_SHOWN}>
        <MenuItem value="">Every kind</MenuItem>
        {kinds.map((k) => (
          <MenuItem key={k.value} value={k.value}>
            {k.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label="Person" value={filter.actorId} onChange={(e) => onChange({ ...filter, actorId: e.target.value })} sx={{ maxWidth: 320 }} slotProps={EMPTY_SHOWN}>
        <MenuItem value="">Everyone</MenuItem>
        {people.map((p) => (
          <MenuItem key={p.value} value={p.value}>
            {p.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
