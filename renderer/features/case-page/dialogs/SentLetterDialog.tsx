// Actions that record a letter or message sent to the customer: when and how (acknowledgement, deadlock, 8-week…).
import { useMemo } from 'react';
import { z } from 'zod';
import { letterRecordedBy } from '../../../../shared/letters';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { actionForm, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { ChannelField } from '../../../ui/case-form/fields/ChannelField';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime } from '../../../ui/case-form/form-values';

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

const fields = z.object({ sentAt: londonDateTime, channel: z.string(), wording: z.string(), ownerName: z.string() });

/** Eight-week and deadlock letters are recorded with their final wording, which the policy checks element by element. */
const RIGHTS_LETTERS: readonly SentType[] = ['sendDeadlockLetter', 'sendEightWeekLetter'];

export function SentLetterDialog({ type, onClose }: ActionFormProps) {
  const sent = type as SentType;
  const words = WORDS[sent];
  const { caseRecord, nameOf } = useCaseWork();
  const rights = RIGHTS_LETTERS.includes(sent);
  const schema = useMemo(
    () =>
      actionForm(fields, (v) => ({
        type: sent,
        sentAt: v.sentAt,
        channel: v.channel,
        ...(rights ? { wording: v.wording, ownerName: v.ownerName } : {}),
      })),
    [sent, rights],
  );
  const defaults = { sentAt: nowInput(), channel: caseRecord.receipt?.agreedChannel ?? '', wording: '', ownerName: caseRecord.investigatorId ? nameOf(caseRecord.investigatorId) : '' };
  return (
    <ActionDialog recordsLetter={letterRecordedBy(sent)} title={words.title} intro={words.intro} submitLabel={words.submit} schema={schema} defaultValues={defaults} onClose={onClose}>
      {(control) => (
        <>
          <DateField control={control} name="sentAt" label={words.date} withTime />
          <ChannelField control={control} name="channel" />
          {rights && (
            <>
              <FormTextField control={control} name="ownerName" label="Person who owns the complaint" required />
              <FormTextField control={control} name="wording" label="Final wording of the letter as sent" required multiline minRows={6} />
            </>
          )}
        </>
      )}
    </ActionDialog>
  );
}
