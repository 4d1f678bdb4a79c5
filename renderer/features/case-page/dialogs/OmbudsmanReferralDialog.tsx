// The customer took the complaint to the Energy Ombudsman: the date and the Ombudsman's reference.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ referredOn: optionalInput, reference: z.string() }), (v) => ({ type: 'referToOmbudsman', ...v }));

export function OmbudsmanReferralDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog title="Record Ombudsman referral" submitLabel="Record referral" schema={schema} defaultValues={{ referredOn: todayInput(), reference: '' }} onClose={onClose}>
      {(control) => (
        <>
          <DateField control={control} name="referredOn" label="Date referred" />
          <FormTextField control={control} name="reference" label="Ombudsman reference" required />
        </>
      )}
    </ActionDialog>
  );
}
