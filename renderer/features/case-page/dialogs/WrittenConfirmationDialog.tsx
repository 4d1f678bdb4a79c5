// The customer's written confirmation of a verbal complaint has arrived; it never moves a deadline.
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { blankToUndefined, londonDateTime } from '../../../ui/case-form/form-values';

const NONE = 'none';
const fields = z.object({ receivedAt: londonDateTime, attachmentId: z.string() });
const schema = actionForm(fields, (v) => ({
  type: 'recordWrittenConfirmation',
  receivedAt: v.receivedAt,
  attachmentId: v.attachmentId === NONE ? undefined : blankToUndefined(v.attachmentId),
}));

export function WrittenConfirmationDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const options = [{ value: NONE, label: 'Not attached' }, ...caseRecord.attachments.map((a) => ({ value: a.id, label: a.name }))];
  return (
    <ActionDialog
      title="Record written confirmation"
      intro="Attach the customer's letter or email under Files first if you want to link it here."
      submitLabel="Record"
      schema={schema}
      defaultValues={{ receivedAt: nowInput(), attachmentId: NONE }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <DateField control={control} name="receivedAt" label="Date and time it arrived" withTime />
          <SelectField control={control} name="attachmentId" label="The file holding it" options={options} />
        </>
      )}
    </ActionDialog>
  );
}
