// Reopen a complaint that has ended: when and why. Any member of staff who works cases may; the first life is kept.
import { useMemo } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { londonDateTime, typedText } from '../../../ui/case-form/form-values';

const fields = z.object({ reopenedAt: londonDateTime, reason: typedText });

export function ReopenDialog({ onClose }: ActionFormProps) {
  const schema = useMemo(() => {
    const reopeningId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'reopen', reopeningId, reopenedAt: v.reopenedAt, reason: v.reason }));
  }, []);
  return (
    <ActionDialog
      title="Reopen complaint"
      intro="The complaint starts a new life: acknowledge within 3 business days and resolve within 10 of reopening. The 8-week date and the Energy Ombudsman still run from the first receipt."
      submitLabel="Reopen"
      schema={schema}
      defaultValues={{ reopenedAt: nowInput(), reason: '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <DateField control={control} name="reopenedAt" label="Date and time reopened" withTime />
          <FormTextField control={control} name="reason" label="Reason for reopening" required multiline minRows={3} />
        </>
      )}
    </ActionDialog>
  );
}
