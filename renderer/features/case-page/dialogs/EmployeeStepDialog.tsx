// One step of the employee checklist, done (with the employee's account or the support offered) or waived with a reason.
import { useMemo } from 'react';
import { z } from 'zod';
import { employeeChecklistLabels, type EmployeeChecklistItem } from '../../../../shared/model';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { optionalInput } from '../../../ui/case-form/form-values';

const OUTCOME_OPTIONS = [
  { value: 'done', label: 'Done' },
  { value: 'waived', label: 'Waived (complaints manager only)' },
];

const fields = z.object({ outcome: z.string(), on: optionalInput, account: optionalInput, support: optionalInput, reason: optionalInput });
export function EmployeeStepDialog({ item, onClose }: ActionFormProps) {
  const step = item as EmployeeChecklistItem;
  const schema = useMemo(
    () =>
      actionForm(fields, (v) => ({
        type: 'recordEmployeeChecklistItem',
        item: step,
        outcome: v.outcome,
        on: v.on,
        ...(v.outcome === 'waived' ? { reason: v.reason } : step === 'opportunityToExplain' ? { account: v.account } : step === 'supportOffered' ? { support: v.support } : {}),
      })),
    [step],
  );
  return (
    <ActionDialog
      title={`Employee checklist: ${employeeChecklistLabels[step] ?? 'step'}`}
      submitLabel="Record"
      schema={schema}
      defaultValues={{ outcome: 'done', on: todayInput(), account: '', support: '', reason: '' }}
      onClose={onClose}
    >
      {(control, { outcome }) => (
        <>
          <SelectField control={control} name="outcome" label="Outcome" options={OUTCOME_OPTIONS} autoFocus />
          <DateField control={control} name="on" label="Date" />
          {outcome === 'done' && step === 'opportunityToExplain' && (
            <FormTextField control={control} name="account" label="The employee’s account" required multiline minRows={3} helperText="Confidential: left out of exports" />
          )}
          {outcome === 'done' && step === 'supportOffered' && <FormTextField control={control} name="support" label="Support offered" required multiline minRows={2} />}
          {outcome === 'waived' && <FormTextField control={control} name="reason" label="Reason for waiving the step" required multiline minRows={2} />}
        </>
      )}
    </ActionDialog>
  );
}
