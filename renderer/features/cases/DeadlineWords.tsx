// A case's next deadline in words, as a chip whose colour, icon and words all say how it stands.
import { Chip, Stack } from '@mui/material';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutline';
import Schedule from '@mui/icons-material/Schedule';
import Today from '@mui/icons-material/Today';
import type { DeadlineStanding } from '../../../shared/policy';
import type { CaseListRow } from './case-list-rows';

const ICONS: Record<DeadlineStanding, typeof Schedule> = {
  ahead: Schedule,
  'due-today': Today,
  overdue: ErrorOutline,
  paused: PauseCircleOutline,
  none: CheckCircleOutline,
};

export function DeadlineWords({ row }: { row: Pick<CaseListRow, 'standing' | 'dueWords' | 'colour' | 'breach'> }) {
  const Icon = ICONS[row.standing];
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <Chip size="small" icon={<Icon />} label={row.dueWords} color={row.colour} variant={row.colour === 'default' ? 'outlined' : 'filled'} />
      {row.breach && <Chip size="small" label="breach" color="error" variant="outlined" />}
    </Stack>
  );
}
