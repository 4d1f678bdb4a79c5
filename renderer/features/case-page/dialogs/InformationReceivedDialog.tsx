// Record information arriving from the customer: which checklist items, and when.
import { z } from 'zod';
import { checklistItemLabels, checklistItems } from '../../../../shared/model';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { CheckboxListField } from '../../../ui/case-form/fields/CheckboxListField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ items: z.array(z.string()), receivedAt: londonDateTime }), (v) => ({ type: 'recordInformationReceived', ...v }));

export function InformationReceivedDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const options = checklistItems.map((i) => ({ value: i, label: checklistItemLabels[i], disabled: caseRecord.checklist[i].status === 'provided' }));
  const requested = checklistItems.filter((i) => caseRecord.checklist[i].status === 'requested');
  return (
    <ActionDialog title="Record information received" submitLabel="Record" schema={schema} defaultValues={{ items: requested, receivedAt: nowInput() }} onClose={onClose}>
      {(control) => (
        <>
          <CheckboxListField control={control} name="items" label="What arrived" options={options} />
          <DateField control={control} name="receivedAt" label="Date and time it arrived" withTime />
        </>
      )}
    </ActionDialog>
  );
}
