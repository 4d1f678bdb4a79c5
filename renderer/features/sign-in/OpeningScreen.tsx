// What shows for the moment it takes to find out whether the desk is set up and who is signed in.
import { Box, CircularProgress, Typography } from '@mui/material';

export function OpeningScreen() {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>Opening Complaints Desk…</Typography>
      </Box>
    </Box>
  );
}
