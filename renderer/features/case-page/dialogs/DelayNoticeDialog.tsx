// Tell the customer the final response will be late: why, the new expected date, and how the notice was sent.
import { useState } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { letterRecordedBy } from '../../../../shared/letters';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime, optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ reason: z.string(), newExpectedDate: optionalInput, sentAt: londonDateTime, channel: z.string() });

export function DelayNoticeDialog({ onClose }: ActionFormProps) {
  const [schema] = useState(() => {
    const noticeId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'sendDelayNotice', noticeId, ...v }));
  });
  return (
    <ActionDialog
      recordsLetter={letterRecordedBy('sendDelayNotice')}
      title="Send a delay notice"
      intro="The final response will not be ready by the resolve-by date: the customer must be told why and when to expect it, by that date."
      submitLabel="Record delay notice"
      schema={schema}
      defaultValues={{ reason: '', newExpectedDate: '', sentAt: nowInput(), channel: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <FormTextField control={control} name="reason" label="Reason for the delay" required multiline minRows={2} autoFocus />
          <DateField control={control} name="newExpectedDate" label="New expected date" />
          <DateField control={control} name="sentAt" label="Date and time sent" withTime />
          <ChannelField control={control} name="channel" />
        </>
      )}
    </ActionDialog>
  );
}
