// The one MUI theme: calm, high-contrast colours for a screen staff look at all day.
import { createTheme } from '@mui/material/styles';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
      secondary: { main: '#6a3d9a' },
      error: { main: '#b3261e' },
      warning: { main: '#8a5300' },
      success: { main: '#1e6b34' },
      background: { default: '#f5f7fa' },
    },
    shape: { borderRadius: 6 },
    typography: { fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif' },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    },
  },
);
