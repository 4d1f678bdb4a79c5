// The progress bar shown while a case pack is built and saved: how much of the case's files has gone into the pack.
import { Box, LinearProgress, Typography } from '@mui/material';

export interface PackProgress {
  bytesDone: number;
  bytesTotal: number | undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function CasePackProgress({ progress }: { progress: PackProgress }) {
  const { bytesDone, bytesTotal } = progress;
  const percent = bytesTotal ? Math.min(100, Math.round((bytesDone / bytesTotal) * 100)) : undefined;
  const words = bytesTotal ? `${megabytes(bytesDone)} of ${megabytes(bytesTotal)}` : megabytes(bytesDone);
  return (
    <Box>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        {...(percent === undefined ? {} : { value: percent })}
        aria-label="Building the case pack"
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} role="status">
        Building the case pack: {words}
      </Typography>
    </Box>
  );
}
