// The lock screen: covers the whole desk (case data hidden) until the signed-in person types their password again.
import { host } from '../../host/host';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, Box, Button, Dialog, Paper, Stack, Typography } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { roleLabels, type User } from '../../../shared/model';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { accountsDb } from '../../store/accounts/accounts-db';
import { unlock } from '../../store/accounts/sign-in';

const unlockSchema = z.object({ password: z.string().min(1, 'Enter your password') });
type UnlockValues = z.infer<typeof unlockSchema>;

export interface LockScreenProps {
  user: User;
  onUnlocked(): void;
  onSignOut(): void;
}

export function LockScreen({ user, onUnlocked, onSignOut }: LockScreenProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const { control, handleSubmit, formState, resetField, setFocus } = useForm<UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { password: '' },
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    setRefusal(null);
    const result = await unlock(db, accountsDb, user.id, password, new Date().toISOString(), host.signInGuard);
    if (result.ok) return onUnlocked();
    setRefusal(result.message);
    resetField('password');
    setFocus('password');
  });

  // Above every other layer (dialogs, menus, tooltips), opaque, and Escape does not close it.
  return (
    <Dialog open fullScreen aria-labelledby="lock-heading" sx={{ zIndex: 2000 }} slotProps={{ paper: { sx: { bgcolor: 'background.default' } } }}>
      <Box component="main" sx={{ minHeight: '100%', display: 'grid', placeItems: 'center', p: 2 }}>
        <Paper component="section" aria-labelledby="lock-heading" elevation={2} sx={{ p: 4, width: '100%', maxWidth: 440 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
            <LockOutlined color="primary" aria-hidden />
            <Typography id="lock-heading" variant="h5" component="h1">
              Complaints Desk is locked
            </Typography>
          </Stack>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Signed in as {user.name} ({roleLabels[user.role]}). Type your password to carry on where you left off.
          </Typography>
          <form onSubmit={onSubmit} noValidate aria-labelledby="lock-heading">
            <Stack spacing={2}>
              <FormTextField control={control} name="password" type="password" label="Password" required autoFocus autoComplete="current-password" />
              {refusal && (
                <Alert severity="error" role="alert">
                  {refusal}
                </Alert>
              )}
              <Stack direction="row" spacing={1}>
                <BusyButton busy={formState.isSubmitting} label="Unlock" busyLabel="Unlocking…" />
                <Button onClick={onSignOut}>Sign out</Button>
              </Stack>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Dialog>
  );
}
