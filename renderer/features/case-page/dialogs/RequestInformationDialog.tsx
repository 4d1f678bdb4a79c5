// Ask the customer for information the checklist still lacks: which items, what was asked, when and how.
import { useState } from 'react';
import { z } from 'zod';
import { checklistItemLabels, checklistItems } from '../../../../shared/model';
import { FormTextField } from '../../../ui/FormTextField';
import { letterRecordedBy } from '../../../../shared/letters';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { CheckboxListField } from '../../../ui/case-form/fields/CheckboxListField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime, optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ items: z.array(z.string()), note: optionalInput, sentAt: londonDateTime, channel: z.string() });

export function RequestInformationDialog({ item, onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const [schema] = useState(() => {
    const requestId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'requestInformation', requestId, ...v }));
  });
  // Items already provided cannot be asked for again; the outstanding ones are ticked to start with.
  const options = checklistItems.map((i) => ({ value: i, label: checklistItemLabels[i], disabled: caseRecord.checklist[i].status === 'provided' }));
  const outstanding = item ? [item] : checklistItems.filter((i) => caseRecord.checklist[i].status === 'outstanding');
  return (
    <ActionDialog
      recordsLetter={letterRecordedBy('requestInformation')}
      title="Request information"
      intro="Record what was asked of the customer. Each item asked for shows as requested on the checklist."
      submitLabel="Record request"
      schema={schema}
      defaultValues={{ items: outstanding, note: '', sentAt: nowInput(), channel: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <CheckboxListField control={control} name="items" label="Information asked for" options={options} />
          <FormTextField control={control} name="note" label="What was asked for (optional)" multiline minRows={2} />
          <DateField control={control} name="sentAt" label="Date and time requested" withTime />
          <ChannelField control={control} name="channel" label="How it was requested" />
        </>
      )}
    </ActionDialog>
  );
}
