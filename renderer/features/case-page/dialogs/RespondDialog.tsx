// The final response: outcome, remedies (a payment typed in pounds), a summary, and when and how it was sent.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { letterRecordedBy } from '../../../../shared/letters';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { RemediesField } from '../../../ui/case-form/fields/RemediesField';
import { OUTCOME_OPTIONS } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { londonDateTime } from '../../../ui/case-form/form-values';
import { noRemedyChoices, remedyChoices } from '../../../ui/case-form/remedy-choices';

const fields = z.object({ outcome: z.string(), remedies: remedyChoices, summary: z.string(), sentAt: londonDateTime, channel: z.string() });
const schema = actionForm(fields, (v) => ({ type: 'respond', ...v }));

export function RespondDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      recordsLetter={letterRecordedBy('respond')}
      title="Send the final response"
      intro="Record the outcome and remedies given in the final response. It tells the customer of their right to go to the Energy Ombudsman."
      submitLabel="Record final response"
      schema={schema}
      defaultValues={{ outcome: '', remedies: noRemedyChoices(), summary: '', sentAt: nowInput(), channel: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="outcome" label="Outcome" options={OUTCOME_OPTIONS} autoFocus />
          <RemediesField control={control} name="remedies" />
          <FormTextField control={control} name="summary" label="Summary of the final response" required multiline minRows={3} />
          <DateField control={control} name="sentAt" label="Date and time sent" withTime />
          <ChannelField control={control} name="channel" />
        </>
      )}
    </ActionDialog>
  );
}
