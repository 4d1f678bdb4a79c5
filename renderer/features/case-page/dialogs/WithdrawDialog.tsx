// The customer withdrew the complaint: when, how, and the reason they gave.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime, optionalInput } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ withdrawnAt: londonDateTime, how: z.string(), reason: optionalInput }), (v) => ({ type: 'withdraw', ...v }));

export function WithdrawDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog
      title="Withdrawn by the customer"
      intro="The case ends here; its deadline record is frozen."
      submitLabel="Record withdrawal"
      schema={schema}
      defaultValues={{ withdrawnAt: nowInput(), how: '', reason: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <DateField control={control} name="withdrawnAt" label="Date and time withdrawn" withTime />
          <ChannelField control={control} name="how" label="How the customer withdrew it" />
          <FormTextField control={control} name="reason" label="Reason given (optional)" multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
