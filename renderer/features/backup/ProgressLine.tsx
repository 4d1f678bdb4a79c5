// A labelled progress bar for a long backup or restore.
import { Box, LinearProgress, Typography } from '@mui/material';
import type { ShownProgress } from './backup-progress';

export function ProgressLine({ progress }: { progress: ShownProgress | null }) {
  if (!progress) return null;
  return (
    <Box role="status" aria-live="polite">
      <Typography variant="body2">{progress.label}</Typography>
      <LinearProgress
        aria-label={progress.label}
        variant={progress.percent === null ? 'indeterminate' : 'determinate'}
        {...(progress.percent === null ? {} : { value: progress.percent })}
      />
    </Box>
  );
}
