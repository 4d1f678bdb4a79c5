// Record a relevant conversation with the customer: date, how, who took part, and a summary.
import { useState } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { conversationPeople } from '../conversation-people';
import { optionalInput } from '../../../ui/case-form/form-values';

const fields = z.object({ on: optionalInput, channel: z.string(), people: z.string(), summary: z.string() });

export function ConversationDialog({ onClose }: ActionFormProps) {
  const { staff, nameOf, caseRecord } = useCaseWork();
  const [schema] = useState(() => {
    const conversationId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'recordConversation', conversationId, ...v, people: conversationPeople(v.people, staff) }));
  });
  return (
    <ActionDialog
      title="Record a conversation"
      submitLabel="Record conversation"
      schema={schema}
      defaultValues={{ on: todayInput(), channel: caseRecord.channel, people: '', summary: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <DateField control={control} name="on" label="Date of the conversation" />
          <ChannelField control={control} name="channel" label="How it took place" />
          <FormTextField
            control={control}
            name="people"
            label="Who took part"
            required
            helperText={`Names separated by commas, e.g. the customer, ${nameOf(caseRecord.takenById)}`}
          />
          <FormTextField control={control} name="summary" label="Summary of the conversation" required multiline minRows={3} />
        </>
      )}
    </ActionDialog>
  );
}
