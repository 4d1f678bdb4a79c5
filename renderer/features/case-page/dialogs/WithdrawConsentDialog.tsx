// The customer withdraws a consent they gave: from then on no case pack may go to that recipient on its strength.
import { z } from 'zod';
import { formatDateTime } from '../../../ui/en-gb-format';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { londonDateTime } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ consentId: z.string(), withdrawnAt: londonDateTime, how: z.string() }), (v) => ({ type: 'withdrawConsent', ...v }));

export function WithdrawConsentDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const current = caseRecord.consents.filter((k) => !k.withdrawnAt);
  const options = current.map((k) => ({ value: k.id, label: `${k.recipient.name}: ${k.purpose} (given ${formatDateTime(k.givenAt)})` }));
  return (
    <ActionDialog
      title="Record consent withdrawn"
      submitLabel="Record withdrawal"
      schema={schema}
      defaultValues={{ consentId: current.length === 1 ? (current[0]?.id ?? '') : '', withdrawnAt: nowInput(), how: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="consentId" label="Consent withdrawn" options={options} autoFocus />
          <DateField control={control} name="withdrawnAt" label="Date and time withdrawn" withTime />
          <ChannelField control={control} name="how" label="How the customer withdrew it" />
        </>
      )}
    </ActionDialog>
  );
}
