// The administrator sets a new password for someone who has forgotten theirs (it also ends a lock-out).
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { accountsDb } from '../../store/accounts/accounts-db';
import { resetPassword } from '../../store/accounts/accounts';
import { PASSWORD_HINT } from '../../store/accounts/password-rule';
import { useSession } from '../../session/session';
import { resetPasswordSchema, type ResetPasswordValues } from './account-schemas';

export interface ResetPasswordDialogProps {
  user: User;
  onClose(): void;
  onReset(user: User): void;
}

export function ResetPasswordDialog({ user, onClose, onReset }: ResetPasswordDialogProps) {
  const { actor } = useSession();
  const [refusal, setRefusal] = useState<string | null>(null);
  const schema = useMemo(() => resetPasswordSchema(user.name), [user.name]);
  const { control, handleSubmit, formState } = useForm<ResetPasswordValues>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    setRefusal(null);
    try {
      const result = await resetPassword(db, accountsDb, actor, user.id, password, new Date().toISOString());
      if (result.ok) onReset(result.user);
      else setRefusal(result.missing.join('; '));
    } catch (error) {
      setRefusal(`The password was not changed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  return (
    <Dialog open onClose={formState.isSubmitting ? undefined : onClose} aria-labelledby="reset-password-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="reset-password-title">Reset the password of {user.name}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Tell {user.name} the new password in person. Their old password stops working at once.
          </DialogContentText>
          <Stack spacing={2}>
            <FormTextField control={control} name="password" label="New password" type="password" required autoFocus autoComplete="new-password" helperText={PASSWORD_HINT} />
            <FormTextField control={control} name="confirmPassword" label="Confirm new password" type="password" required autoComplete="new-password" />
            {refusal && (
              <Alert severity="error" role="alert">
                {refusal}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <BusyButton busy={formState.isSubmitting} label="Set password" busyLabel="Saving…" />
        </DialogActions>
      </form>
    </Dialog>
  );
}
