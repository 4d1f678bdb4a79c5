// Add an improvement action to business practice or policy: what will change, who owns it, when it is due.
import { useState } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ what: z.string(), owner: z.string(), due: optionalInput });

export function ImprovementActionDialog({ onClose }: ActionFormProps) {
  const [schema] = useState(() => {
    const actionId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'addImprovementAction', actionId, ...v }));
  });
  return (
    <ActionDialog title="Add an improvement action" submitLabel="Add action" schema={schema} defaultValues={{ what: '', owner: '', due: '' }} onClose={onClose}>
      {(control) => (
        <>
          <FormTextField control={control} name="what" label="What will change" required multiline minRows={2} autoFocus />
          <FormTextField control={control} name="owner" label="Owner" required helperText="The person or team who will make the change" />
          <DateField control={control} name="due" label="Due date" />
        </>
      )}
    </ActionDialog>
  );
}
