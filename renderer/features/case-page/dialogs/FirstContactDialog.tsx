// Resolved at first contact: the short path, with outcome, summary and any remedies, by the acknowledge-by date.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { OUTCOME_OPTIONS } from '../../../ui/case-form/fields/options';
import { RemediesField } from '../../../ui/case-form/fields/RemediesField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { londonDateTime } from '../../../ui/case-form/form-values';
import { noRemedyChoices, remedyChoices } from '../../../ui/case-form/remedy-choices';

const fields = z.object({ outcome: z.string(), summary: z.string(), remedies: remedyChoices, resolvedAt: londonDateTime });
const schema = actionForm(fields, (v) => ({ type: 'resolveAtFirstContact', ...v }));

export function FirstContactDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Resolved at first contact"
      intro="The complaint was put right when the customer first raised it. It is still recorded and reported; no separate acknowledgement is needed."
      submitLabel="Record resolution"
      schema={schema}
      defaultValues={{ outcome: '', summary: '', remedies: noRemedyChoices(), resolvedAt: nowInput() }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="outcome" label="Outcome" options={OUTCOME_OPTIONS} autoFocus />
          <FormTextField control={control} name="summary" label="Summary of the resolution" required multiline minRows={3} />
          <RemediesField control={control} name="remedies" label="Remedies given (if any)" />
          <DateField control={control} name="resolvedAt" label="Date and time resolved" withTime />
        </>
      )}
    </ActionDialog>
  );
}
