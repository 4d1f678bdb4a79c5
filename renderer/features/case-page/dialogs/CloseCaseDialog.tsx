// Close the case: the root-cause category and the lessons learned; the deadline record is frozen.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ROOT_CAUSE_OPTIONS } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';

const schema = actionForm(z.object({ rootCause: z.string(), lessonsLearned: z.string() }), (v) => ({ type: 'close', ...v }));

export function CloseCaseDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Close the case"
      intro="Record what caused the complaint and what the company learned. The case's deadline record is frozen as it stands now."
      submitLabel="Close case"
      schema={schema}
      defaultValues={{ rootCause: '', lessonsLearned: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="rootCause" label="Root cause" options={ROOT_CAUSE_OPTIONS} autoFocus />
          <FormTextField control={control} name="lessonsLearned" label="Lessons learned" required multiline minRows={3} />
        </>
      )}
    </ActionDialog>
  );
}
