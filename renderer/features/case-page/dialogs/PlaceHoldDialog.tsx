// Place the case on hold while a regulator or law-enforcement agency investigates: the resolve-by target pauses.
import { useState } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ agency: z.string(), reference: z.string(), from: optionalInput, expectedTo: optionalInput });

export function PlaceHoldDialog({ onClose }: ActionFormProps) {
  const [schema] = useState(() => {
    const holdId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'placeHold', holdId, ...v }));
  });
  return (
    <ActionDialog
      title="Place on hold"
      intro="While the hold is open the resolve-by date is paused; business days on hold do not count. Acknowledge-by and the 8-week date never pause."
      submitLabel="Place on hold"
      schema={schema}
      defaultValues={{ agency: '', reference: '', from: todayInput(), expectedTo: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <FormTextField control={control} name="agency" label="Agency investigating" required autoFocus />
          <FormTextField control={control} name="reference" label="Agency’s reference" required />
          <DateField control={control} name="from" label="First day of the hold" />
          <DateField control={control} name="expectedTo" label="Expected last day (if the agency gave one)" required={false} helperText="When it has passed and the hold is still open, the case's staff are reminded" />
        </>
      )}
    </ActionDialog>
  );
}
