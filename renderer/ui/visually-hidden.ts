// Styles that hide text from sight but keep it for screen readers (status messages, skip links until focused).
import type { SxProps, Theme } from '@mui/material/styles';

export const visuallyHidden: SxProps<Theme> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
