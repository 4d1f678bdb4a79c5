// Update one item of the information checklist: provided, requested (date, how) or not applicable (why).
import { useMemo } from 'react';
import { z } from 'zod';
import { checklistItemLabels, type ChecklistItem } from '../../../../shared/model';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { SelectField } from '../../../ui/case-form/fields/SelectField';
import { optionalInput } from '../../../ui/case-form/form-values';

const STATUS_OPTIONS = [
  { value: 'provided', label: 'Provided' },
  { value: 'requested', label: 'Requested from the customer' },
  { value: 'not-applicable', label: 'Not applicable' },
];

const fields = z.object({ state: z.object({ status: z.string(), on: optionalInput, channel: z.string(), reason: optionalInput }) });
export function ChecklistItemDialog({ item, onClose }: ActionFormProps) {
  const checklistItem = item as ChecklistItem;
  const schema = useMemo(
    () =>
      actionForm(fields, ({ state }) => ({
        type: 'markChecklistItem',
        item: checklistItem,
        state:
          state.status === 'not-applicable'
            ? { status: state.status, reason: state.reason }
            : state.status === 'requested'
              ? { status: state.status, on: state.on, channel: state.channel }
              : { status: state.status, on: state.on },
      })),
    [checklistItem],
  );
  return (
    <ActionDialog
      title={`Checklist: ${checklistItemLabels[checklistItem] ?? 'item'}`}
      submitLabel="Update checklist"
      schema={schema}
      defaultValues={{ state: { status: 'provided', on: todayInput(), channel: '', reason: '' } }}
      onClose={onClose}
    >
      {(control, { state }) => (
        <>
          <SelectField control={control} name="state.status" label="Status" options={STATUS_OPTIONS} autoFocus />
          {state?.status !== 'not-applicable' && (
            <DateField control={control} name="state.on" label={state?.status === 'requested' ? 'Date requested' : 'Date provided'} />
          )}
          {state?.status === 'requested' && <ChannelField control={control} name="state.channel" label="How it was requested" />}
          {state?.status === 'not-applicable' && (
            <FormTextField control={control} name="state.reason" label="Reason it is not applicable" required multiline minRows={2} />
          )}
        </>
      )}
    </ActionDialog>
  );
}
