// A submit button that shows a spinner and says what is happening while slow work (password hashing) runs.
import { Box, Button, CircularProgress, type ButtonProps } from '@mui/material';
import { visuallyHidden } from './visually-hidden';

export interface BusyButtonProps extends Omit<ButtonProps, 'children'> {
  busy: boolean;
  label: string;
  /** What the button says while busy, e.g. 'Signing in…'. */
  busyLabel: string;
}

export function BusyButton({ busy, label, busyLabel, disabled, ...props }: BusyButtonProps) {
  return (
    <>
      <Button
        type="submit"
        variant="contained"
        {...props}
        disabled={disabled || busy}
        aria-busy={busy}
        startIcon={busy ? <CircularProgress size={16} color="inherit" aria-hidden /> : props.startIcon}
      >
        {busy ? busyLabel : label}
      </Button>
      <Box role="status" sx={visuallyHidden}>
        {busy ? busyLabel : ''}
      </Box>
    </>
  );
}
