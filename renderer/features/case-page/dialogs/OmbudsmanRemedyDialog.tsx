// The remedy the Energy Ombudsman required has been completed: the date.
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ completedOn: optionalInput }), (v) => ({ type: 'completeOmbudsmanRemedy', ...v }));

export function OmbudsmanRemedyDialog({ onClose }: ActionFormProps) {
  return (
    <ActionDialog title="Ombudsman remedy completed" submitLabel="Record" schema={schema} defaultValues={{ completedOn: todayInput() }} onClose={onClose}>
      {(control) => <DateField control={control} name="completedOn" label="Date the remedy was completed" />}
    </ActionDialog>
  );
}
