// Record information arriving from the customer: which checklist items, and when.
import { z } from 'zod';
import { checklistItemLabels, checklistItems } from '../../../../shared/model';
import { ActionDialog } from '../ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../action-form';
import { useCaseWork } from '../case-work';
import { CheckboxListField } from '../fields/CheckboxListField';
import { DateField } from '../fields/DateField';
import { londonDateTime } from '../form-values';

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
