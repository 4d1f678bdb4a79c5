// The customer asks for an independent review of their complaint: when, how, and what they want reviewed.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime, optionalInput } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ requestedAt: londonDateTime, via: z.string(), reason: optionalInput }), (v) => ({ type: 'requestEscalation', ...v }));

export function EscalationRequestDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Record escalation request"
      intro="A complaints manager then assigns a reviewer, who must not be the investigator."
      submitLabel="Record request"
      schema={schema}
      defaultValues={{ requestedAt: nowInput(), via: '', reason: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <DateField control={control} name="requestedAt" label="Date and time the customer asked" withTime />
          <ChannelField control={control} name="via" label="How the customer asked" />
          <FormTextField control={control} name="reason" label="What the customer wants reviewed (optional)" multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
