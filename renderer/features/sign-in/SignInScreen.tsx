// The sign-in screen: type your name (or pick it, where an administrator lists names), then your password; one message for any wrong name or password.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { Alert, Autocomplete, Stack, TextField } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { host } from '../../host/host';
import { accountsDb } from '../../store/accounts/accounts-db';
import { loadOfferNames } from '../../store/settings/name-list-setting';
import { signIn, signInNames } from '../../store/accounts/sign-in';
import { readJoinedServer } from '../../store/sync/joined';
import { signInJoinedDesk } from '../../session/joined-sign-in';
import { SignInFrame } from './SignInFrame';
import { restoredWords, takeRestoredNote } from '../../session/restored-note';

// Read once when the window (re)opens: after a restore, the first sign-in screen says what was restored.
let restored = takeRestoredNote(typeof window === 'undefined' ? undefined : window.sessionStorage);

const signInSchema = z.object({
  name: z.string().trim().min(1, 'Enter your user name'),
  password: z.string().min(1, 'Enter your password'),
});
type SignInValues = z.infer<typeof signInSchema>;

export function SignInScreen({ onSignedIn }: { onSignedIn(user: User): void }) {
  // Names are listed only when an administrator chose to (a small desk); otherwise nothing here names anyone.
  const names = useLiveQuery(async () => ((await loadOfferNames(accountsDb)) ? signInNames(db, accountsDb) : null), []) ?? null;
  const [refusal, setRefusal] = useState<string | null>(null);
  const { control, handleSubmit, formState, resetField, setFocus } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { name: '', password: '' },
  });

  const onSubmit = handleSubmit(async ({ name, password }) => {
    setRefusal(null);
    // A desk joined to an office server asks the server first (store/sync); any other desk checks here, as before.
    const result = readJoinedServer() ? await signInJoinedDesk(name, password) : await signIn(db, accountsDb, name, password, new Date().toISOString(), host.signInGuard);
    if (result.ok) {
      restored = null;
      return onSignedIn(result.user);
    }
    setRefusal(result.message);
    resetField('password');
    setFocus('password');
  });

  return (
    <SignInFrame title="Sign in" titleId="sign-in-heading">
      <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-heading">
        <Stack spacing={2}>
          {restored && (
            <Alert severity="success" role="status">
              {restoredWords(restored)}
            </Alert>
          )}
          {names === null ? (
            <FormTextField control={control} name="name" label="User name" required autoFocus autoComplete="username" helperText="Type your name as your account has it" />
          ) : (
          <Controller
            name="name"
            control={control}
            render={({ field, fieldState }) => (
              <Autocomplete
                freeSolo
                options={names}
                inputValue={field.value}
                onInputChange={(_event, value) => field.onChange(value)}
                onBlur={field.onBlur}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    inputRef={field.ref}
                    label="User name"
                    required
                    autoFocus
                    autoComplete="username"
                    error={!!fieldState.error}
                    helperText={fieldState.error?.message ?? 'Choose your name from the list or type it'}
                  />
                )}
              />
            )}
          />
          )}
          <FormTextField control={control} name="password" type="password" label="Password" required autoComplete="current-password" />
          {refusal && (
            <Alert severity="error" role="alert">
              {refusal}
            </Alert>
          )}
          <BusyButton busy={formState.isSubmitting} label="Sign in" busyLabel="Signing in…" size="large" />
        </Stack>
      </form>
    </SignInFrame>
  );
}
