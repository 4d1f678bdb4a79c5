// The Energy Ombudsman's decision: what they decided, when, a summary, and any remedy with its due date.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { OMBUDSMAN_DECISION_OPTIONS } from '../../../ui/case-form/fields/options';
import { RemediesField } from '../../../ui/case-form/fields/RemediesField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { optionalInput } from '../../../ui/case-form/form-values';
import { noRemedyChoices, remedyChoices } from '../../../ui/case-form/remedy-choices';

const fields = z.object({ decision: z.string(), decidedOn: optionalInput, summary: z.string(), remedies: remedyChoices, remedyDueOn: optionalInput });
const schema = actionForm(fields, (v) => ({ type: 'recordOmbudsmanDecision', ...v }));

export function OmbudsmanDecisionDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Record the Ombudsman’s decision"
      submitLabel="Record decision"
      schema={schema}
      defaultValues={{ decision: '', decidedOn: todayInput(), summary: '', remedies: noRemedyChoices(), remedyDueOn: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="decision" label="Decision" options={OMBUDSMAN_DECISION_OPTIONS} autoFocus />
          <DateField control={control} name="decidedOn" label="Date of the decision" />
          <FormTextField control={control} name="summary" label="Summary of the decision" required multiline minRows={3} />
          <RemediesField control={control} name="remedies" label="Remedies required (if any)" />
          <DateField control={control} name="remedyDueOn" label="Date the remedy is due (if any)" required={false} />
        </>
      )}
    </ActionDialog>
  );
}
