// The Energy Ombudsman asked for the firm's evidence (its due date follows from the setting), or the evidence was sent.
import { useMemo } from 'react';
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

export function OmbudsmanEvidenceDialog({ type, onClose }: ActionFormProps) {
  const request = type === 'requestOmbudsmanEvidence';
  const schema = useMemo(
    () =>
      actionForm(z.object({ on: optionalInput }), (v) =>
        request ? { type: 'requestOmbudsmanEvidence', requestedOn: v.on } : { type: 'recordOmbudsmanEvidenceSent', sentOn: v.on },
      ),
    [request],
  );
  return (
    <ActionDialog
      title={request ? "The Ombudsman's request for evidence" : 'Evidence sent to the Ombudsman'}
      intro={request ? 'The evidence is then due by the number of days set in Settings (14 by default), shown on the work list.' : 'Record the day the case pack went to the Ombudsman.'}
      submitLabel="Record"
      schema={schema}
      defaultValues={{ on: todayInput() }}
      onClose={onClose}
    >
      {(control) => <DateField control={control} name="on" label={request ? 'Date the Ombudsman asked' : 'Date the evidence was sent'} />}
    </ActionDialog>
  );
}
