// The letter as the customer will read it: the subject and the email text, in a scrollable, labelled region.
import { useId } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export function LetterPreview({ subject, text }: { subject: string; text: string }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        Letter preview
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        <strong>Subject:</strong> {subject}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="Letter text"
        sx={{ mt: 1, mb: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: '0.875rem' }}
      >
        {text}
      </Box>
    </Paper>
  );
}
