// The company details letters print: name, telephone and email.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mui/material';
import { db } from '../../store/desk';
import { FormTextField } from '../../ui/FormTextField';
import { companyDetailsSchema, saveCompanyDetails, type CompanyDetails } from '../../store/settings/company-details';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

export function CompanyDetailsForm({ initial }: { initial: CompanyDetails }) {
  const [state, setState] = useState<SaveState>(null);
  const { control, handleSubmit, formState, reset } = useForm<CompanyDetails>({
    resolver: zodResolver(companyDetailsSchema),
    defaultValues: initial,
  });

  const onSubmit = handleSubmit(async (values) => {
    setState(null);
    try {
      reset(await saveCompanyDetails(db, values));
      setState({ saved: true, text: 'Company details saved. Letters use them from now on.' });
    } catch (error) {
      setState({ saved: false, text: `The company details were not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="company-heading">
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <FormTextField control={control} name="name" label="Company name" required />
        <FormTextField control={control} name="telephone" label="Company telephone" type="tel" required />
        <FormTextField control={control} name="email" label="Company email" type="email" required />
        <SavedNote state={state} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save company details
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
