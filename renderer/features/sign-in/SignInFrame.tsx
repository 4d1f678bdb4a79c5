// The plain page around the screens shown before anyone is signed in (set-up, sign-in): the app name and one card.
import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export interface SignInFrameProps {
  /** The page's one h1. */
  title: string;
  titleId: string;
  intro?: ReactNode;
  maxWidth?: number;
  children: ReactNode;
}

export function SignInFrame({ title, titleId, intro, maxWidth = 440, children }: SignInFrameProps) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Paper component="section" aria-labelledby={titleId} elevation={2} sx={{ p: 4, width: '100%', maxWidth }}>
        <Typography variant="overline" component="p" color="text.secondary">
          Complaints Desk
        </Typography>
        <Typography id={titleId} variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {intro && (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {intro}
          </Typography>
        )}
        {children}
      </Paper>
    </Box>
  );
}
