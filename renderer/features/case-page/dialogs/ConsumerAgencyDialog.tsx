// The customer referred the complaint to a consumer protection agency: their right at any time; it blocks nothing.
import { useState } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ agency: z.string(), referredOn: optionalInput, reference: optionalInput, note: optionalInput });

export function ConsumerAgencyDialog({ onClose }: ActionFormProps) {
  const [schema] = useState(() => {
    const referralId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'referToConsumerAgency', referralId, ...v }));
  });
  return (
    <ActionDialog
      title="Record consumer agency referral"
      submitLabel="Record referral"
      schema={schema}
      defaultValues={{ agency: '', referredOn: todayInput(), reference: '', note: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <FormTextField control={control} name="agency" label="Consumer protection agency" required autoFocus helperText="e.g. Citizens Advice consumer service" />
          <DateField control={control} name="referredOn" label="Date referred" />
          <FormTextField control={control} name="reference" label="Agency’s reference (optional)" />
          <FormTextField control={control} name="note" label="Note (optional)" multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
