// The customer took the complaint to the Energy Ombudsman: the date and the Ombudsman's reference.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../action-form';
import { DateField } from '../fields/DateField';
import { optionalInput } from '../form-values';

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
