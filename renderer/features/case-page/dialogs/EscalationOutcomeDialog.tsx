// The escalation review's own outcome: the decision, a summary, and when and how it was sent.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { letterRecordedBy } from '../../../../shared/letters';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { OUTCOME_OPTIONS } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { londonDateTime } from '../../../ui/case-form/form-values';

const fields = z.object({ decision: z.string(), summary: z.string(), sentAt: londonDateTime, channel: z.string() });
const schema = actionForm(fields, (v) => ({ type: 'recordEscalationOutcome', ...v }));

export function EscalationOutcomeDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      recordsLetter={letterRecordedBy('recordEscalationOutcome')}
      title="Record review outcome"
      submitLabel="Record outcome"
      schema={schema}
      defaultValues={{ decision: '', summary: '', sentAt: nowInput(), channel: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="decision" label="Decision" options={OUTCOME_OPTIONS} autoFocus />
          <FormTextField control={control} name="summary" label="Summary of the review" required multiline minRows={3} />
          <DateField control={control} name="sentAt" label="Date and time sent" withTime />
          <ChannelField control={control} name="channel" />
        </>
      )}
    </ActionDialog>
  );
}
