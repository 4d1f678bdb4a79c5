// The administrator adds a member of staff: name, optional email, role and a first password.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack } from '@mui/material';
import { roleLabels, roles, type User } from '../../../shared/model';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { accountsDb } from '../../store/accounts/accounts-db';
import { createAccount } from '../../store/accounts/accounts';
import { useSession } from '../../session/session';
import { PASSWORD_HINT } from '../../store/accounts/password-rule';
import { newAccountSchema, type NewAccountValues } from './account-schemas';

export interface AddAccountDialogProps {
  onClose(): void;
  onAdded(user: User): void;
}

export function AddAccountDialog({ onClose, onAdded }: AddAccountDialogProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const { actor } = useSession();
  const { control, handleSubmit, formState } = useForm<NewAccountValues>({
    resolver: zodResolver(newAccountSchema),
    defaultValues: { name: '', email: '', role: 'agent', password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ name, email, role, password }) => {
    setRefusal(null);
    try {
      const result = await createAccount(db, accountsDb, actor, { name, role, password, ...(email ? { email } : {}) }, new Date().toISOString());
      if (result.ok) onAdded(result.user);
      else setRefusal(result.missing.join('; '));
    } catch (error) {
      setRefusal(`The account was not added: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  return (
    <Dialog open onClose={formState.isSubmitting ? undefined : onClose} aria-labelledby="add-account-title" fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="add-account-title">Add an account</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormTextField control={control} name="name" label="Name" required autoFocus helperText="The name they sign in with" />
            <FormTextField control={control} name="email" label="Email (optional)" type="email" />
            <FormTextField control={control} name="role" label="Role" select required>
              {roles.map((r) => (
                <MenuItem key={r} value={r}>
                  {roleLabels[r]}
                </MenuItem>
              ))}
            </FormTextField>
            <FormTextField control={control} name="password" label="Password" type="password" required autoComplete="new-password" helperText={PASSWORD_HINT} />
            <FormTextField control={control} name="confirmPassword" label="Confirm password" type="password" required autoComplete="new-password" />
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
          <BusyButton busy={formState.isSubmitting} label="Add account" busyLabel="Adding…" />
        </DialogActions>
      </form>
    </Dialog>
  );
}
