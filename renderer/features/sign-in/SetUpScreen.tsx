// First start: "Set up Complaints Desk" creates the administrator account and records the company details.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack, Typography } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { DEFAULT_COMPANY_DETAILS } from '../../store/settings/company-details';
import { accountsDb } from '../../store/accounts/accounts-db';
import { PASSWORD_HINT } from '../../store/accounts/password-rule';
import { setUpSchema, type SetUpValues } from './set-up-schema';
import { setUpDesk } from '../../store/accounts/sign-in';
import { SignInFrame } from './SignInFrame';

export function SetUpScreen({ onSetUp }: { onSetUp(user: User): void }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<SetUpValues>({
    resolver: zodResolver(setUpSchema),
    defaultValues: { name: '', email: '', password: '', confirmPassword: '', company: { ...DEFAULT_COMPANY_DETAILS } },
  });

  const onSubmit = handleSubmit(async ({ name, email, password, company }) => {
    setRefusal(null);
    try {
      const result = await setUpDesk(db, accountsDb, { name, password, company, ...(email ? { email } : {}) }, new Date().toISOString());
      if (result.ok) onSetUp(result.user);
      else setRefusal(result.missing.join('; '));
    } catch (error) {
      setRefusal(`The desk was not set up: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  return (
    <SignInFrame
      title="Set up Complaints Desk"
      titleId="set-up-heading"
      maxWidth={560}
      intro="No one can sign in to this desk yet. Create the administrator account, who will add the other members of staff, and check the company details that letters will show."
    >
      <form onSubmit={onSubmit} noValidate aria-labelledby="set-up-heading">
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            Administrator account
          </Typography>
          <FormTextField control={control} name="name" label="Your name" required autoFocus autoComplete="name" />
          <FormTextField control={control} name="email" label="Your email (optional)" type="email" autoComplete="email" />
          <FormTextField
            control={control}
            name="password"
            label="Password"
            type="password"
            required
            autoComplete="new-password"
            helperText={PASSWORD_HINT}
          />
          <FormTextField control={control} name="confirmPassword" label="Confirm password" type="password" required autoComplete="new-password" />
          <Typography variant="h6" component="h2" sx={{ pt: 1 }}>
            Company details
          </Typography>
          <FormTextField control={control} name="company.name" label="Company name" required autoComplete="organization" />
          <FormTextField control={control} name="company.telephone" label="Company telephone" required type="tel" />
          <FormTextField control={control} name="company.email" label="Company email" required type="email" />
          {refusal && (
            <Alert severity="error" role="alert">
              {refusal}
            </Alert>
          )}
          <BusyButton busy={formState.isSubmitting} label="Set up the desk" busyLabel="Setting up…" size="large" />
        </Stack>
      </form>
    </SignInFrame>
  );
}
