// Actions that record a letter or message sent to the customer: when and how (acknowledgement, deadlock, 8-week…).
import { useMemo } from 'react';
import { z } from 'zod';
import { letterRecordedBy } from '../../../../shared/letters';
import { ActionDialog } from '../ActionDialog';
import { actionForm, nowInput, type ActionFormProps } from '../action-form';
import { ChannelField } from '../fields/ChannelField';
import { DateField } from '../fields/DateField';
import { londonDateTime } from '../form-values';

type SentType = 'acknowledge' | 'requestWrittenConfirmation' | 'sendDeadlockLetter' | 'sendEightWeekLetter';

const WORDS: Record<SentType, { title: string; intro: string; date: string; submit: string }> = {
  acknowledge: {
    title: 'Acknowledge the complaint',
    intro: 'Record when and how the acknowledgement was sent to the customer.',
    date: 'Date and time sent',
    submit: 'Acknowledge',
  },
  requestWrittenConfirmation: {
    title: 'Request written confirmation',
    intro: 'Record asking the customer to confirm their complaint in writing. It does not move any deadline.',
    date: 'Date and time requested',
    submit: 'Record request',
  },
  sendDeadlockLetter: {
    title: 'Send deadlock letter',
    intro: 'The customer does not accept the final response: the letter tells them they may go to the Energy Ombudsman now.',
    date: 'Date and time sent',
    submit: 'Record letter sent',
  },
  sendEightWeekLetter: {
    title: 'Send eight-week letter',
    intro: 'Eight weeks have passed: the letter tells the customer of their right to go to the Energy Ombudsman.',
    date: 'Date and time sent',
    submit: 'Record letter sent',
  },
};

const fields = z.object({ sentAt: londonDateTime, channel: z.string() });

export function SentLetterDialog({ type, onClose }: ActionFormProps) {
  const sent = type as SentType;
  const words = WORDS[sent];
  const schema = useMemo(() => actionForm(fields, (v) => ({ type: sent, sentAt: v.sentAt, channel: v.channel })), [sent]);
  return (
    <ActionDialog recordsLetter={letterRecordedBy(sent)} title={words.title} intro={words.intro} submitLabel={words.submit} schema={schema} defaultValues={{ sentAt: nowInput(), channel: '' }} onClose={onClose}>
      {(control) => (
        <>
          <DateField control={control} name="sentAt" label={words.date} withTime />
          <ChannelField control={control} name="channel" />
        </>
      )}
    </ActionDialog>
  );
}
