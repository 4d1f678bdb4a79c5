// While the report is counting: how many cases have been counted out of how many, as a bar and in words.
import { Box, LinearProgress, Typography } from '@mui/material';
import { formatCount } from './report-format';

export function ReportProgress({ counted, total }: { counted: number; total: number | null }) {
  const words = total === null ? 'Finding the complaints received in the period…' : `Counting complaints: ${formatCount(counted)} of ${formatCount(total)} cases`;
  const value = total === null || total === 0 ? undefined : Math.round((counted / total) * 100);
  return (
    <Box role="status" aria-live="polite">
      <Typography variant="body2" gutterBottom>
        {words}
      </Typography>
      <LinearProgress variant={value === undefined ? 'indeterminate' : 'determinate'} value={value} aria-label="Report progress" />
    </Box>
  );
}
