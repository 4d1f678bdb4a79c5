// The wording of one letter template for an administrator: subject and paragraphs, checked so the rights paragraphs stay.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mui/material';
import { templateLabels, templateWordingSchema, type TemplateKind, type TemplateWording } from '../../../shared/letters';
import { db } from '../../store/desk';
import { FormTextField } from '../../ui/FormTextField';
import { SavedNote, type SaveState } from '../../ui/SavedNote';
import { MergeFieldList } from './MergeFieldList';
import { resetLetterWording, saveLetterWording } from '../../store/settings/letter-wording';

export function LetterTemplateEditor({ kind, initial }: { kind: TemplateKind; initial: TemplateWording }) {
  const [state, setState] = useState<SaveState>(null);
  const [schema] = useState(() => templateWordingSchema(kind));
  const { control, handleSubmit, formState, reset } = useForm<TemplateWording>({ resolver: zodResolver(schema), defaultValues: initial });
  const label = templateLabels[kind];

  const onSubmit = handleSubmit(async (values) => {
    setState(null);
    try {
      reset(await saveLetterWording(db, kind, values));
      setState({ saved: true, text: `The ${label.toLowerCase()} wording is saved. Letters use it from now on.` });
    } catch (error) {
      setState({ saved: false, text: `The wording was not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  const toDefault = async () => {
    setState(null);
    try {
      reset(await resetLetterWording(db, kind));
      setState({ saved: true, text: `The ${label.toLowerCase()} is back to the default wording.` });
    } catch (error) {
      setState({ saved: false, text: `The wording was not reset: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Wording of the ${label.toLowerCase()}`}>
      <Stack spacing={2}>
        <FormTextField control={control} name="subject" label="Subject" required />
        <FormTextField
          control={control}
          name="body"
          label="Wording"
          required
          multiline
          minRows={10}
          helperText="Between “Dear …,” and “Yours sincerely”. Leave a blank line between paragraphs."
        />
        <MergeFieldList kind={kind} />
        <SavedNote state={state} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save wording
          </Button>
          <Button variant="outlined" onClick={() => void toDefault()} disabled={formState.isSubmitting}>
            Reset to the default wording
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
