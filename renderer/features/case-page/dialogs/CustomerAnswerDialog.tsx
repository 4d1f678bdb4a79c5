// The customer's answer to the final response: accepted, deadlock (does not accept), or no reply yet.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { ANSWER_OPTIONS } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ answer: z.string(), on: optionalInput, note: optionalInput });
const schema = actionForm(fields, (v) => ({ type: 'recordCustomerAcceptance', ...v }));

export function CustomerAnswerDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Record the customer’s answer"
      intro="If the customer does not accept the final response (deadlock), send the deadlock letter next."
      submitLabel="Record answer"
      schema={schema}
      defaultValues={{ answer: '', on: todayInput(), note: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="answer" label="Customer’s answer" options={ANSWER_OPTIONS} autoFocus />
          <DateField control={control} name="on" label="Date of the answer" />
          <FormTextField control={control} name="note" label="Note (optional)" multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
