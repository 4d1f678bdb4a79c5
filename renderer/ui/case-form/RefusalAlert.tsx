// The policy's (or the store's) reasons an action was refused, as a list staff can work through.
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box } from '@mui/material';

export interface RefusalAlertProps {
  title: string;
  missing: readonly string[];
  onClose?: () => void;
  action?: ReactNode;
}

export function RefusalAlert({ title, missing, onClose, action }: RefusalAlertProps) {
  return (
    <Alert severity="warning" role="alert" aria-label={title} onClose={onClose} action={action} sx={{ alignItems: 'flex-start' }}>
      <AlertTitle>{title}</AlertTitle>
      {missing.length === 1 ? (
        <Box component="p" sx={{ m: 0 }}>
          {missing[0]}
        </Box>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {missing.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
