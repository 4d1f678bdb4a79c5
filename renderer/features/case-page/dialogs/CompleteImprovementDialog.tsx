// Mark an improvement action done: which one, the date, and what was done.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { formatDate } from '../../../ui/en-gb-format';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ actionId: z.string(), doneOn: optionalInput, note: optionalInput });
const schema = actionForm(fields, (v) => ({ type: 'completeImprovementAction', ...v }));

export function CompleteImprovementDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const waiting = caseRecord.improvementActions.filter((a) => !a.doneOn);
  const options = waiting.map((a) => ({ value: a.id, label: `${a.what} (due ${formatDate(a.due)})` }));
  return (
    <ActionDialog
      title="Mark an improvement action done"
      submitLabel="Mark done"
      schema={schema}
      defaultValues={{ actionId: waiting.length === 1 ? (waiting[0]?.id ?? '') : '', doneOn: todayInput(), note: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <SelectField control={control} name="actionId" label="Improvement action" options={options} autoFocus />
          <DateField control={control} name="doneOn" label="Date done" />
          <FormTextField control={control} name="note" label="What was done (optional)" multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
