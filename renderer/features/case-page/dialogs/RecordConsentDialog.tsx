// The customer's consent to share their details with someone outside the company: to whom, for what, when, how.
import { useState } from 'react';
import { z } from 'zod';
import { recipientKindLabels, type RecipientKind } from '../../../../shared/model';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionsOf } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { londonDateTime } from '../../../ui/case-form/form-values';

// Sharing with the customer needs no consent, so the list leaves them out.
const RECIPIENT_OPTIONS = optionsOf(recipientKindLabels).filter((o) => o.value !== 'customer');

const fields = z.object({ kind: z.string(), name: z.string(), purpose: z.string(), givenAt: londonDateTime, how: z.string() });

export function RecordConsentDialog({ onClose }: ActionFormProps) {
  const [schema] = useState(() => {
    const consentId = newRecordId();
    return actionForm(fields, (v) => ({
      type: 'recordConsent',
      consentId,
      recipient: { kind: v.kind, name: v.name.trim() || recipientKindLabels[v.kind as RecipientKind] || v.name },
      purpose: v.purpose,
      givenAt: v.givenAt,
      how: v.how,
    }));
  });
  return (
    <ActionDialog
      title="Record consent"
      intro="Personal details leave the company only with the customer’s express consent, for the recipient and purpose they agreed to."
      submitLabel="Record consent"
      schema={schema}
      defaultValues={{ kind: 'energy-ombudsman', name: '', purpose: '', givenAt: nowInput(), how: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="kind" label="Recipient" options={RECIPIENT_OPTIONS} autoFocus />
          <FormTextField control={control} name="name" label="Recipient name (optional)" helperText="e.g. the supplier’s name; blank uses the recipient above" />
          <FormTextField control={control} name="purpose" label="Purpose" required multiline minRows={2} helperText="What the customer agreed their details may be used for" />
          <DateField control={control} name="givenAt" label="Date and time consent was given" withTime />
          <ChannelField control={control} name="how" label="How the customer gave consent" />
        </>
      )}
    </ActionDialog>
  );
}
