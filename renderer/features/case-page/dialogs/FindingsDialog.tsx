// The investigator records the findings: the facts established and the cause.
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';

const schema = actionForm(z.object({ factsEstablished: z.string(), cause: z.string() }), (v) => ({ type: 'recordFindings', ...v }));

export function FindingsDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const found = caseRecord.findings;
  return (
    <ActionDialog
      title={found ? 'Revise the findings' : 'Record the findings'}
      submitLabel="Record findings"
      schema={schema}
      defaultValues={{ factsEstablished: found?.factsEstablished ?? '', cause: found?.cause ?? '' }}
      onClose={onClose}
    >
      {(control) => (
        <>
          <FormTextField control={control} name="factsEstablished" label="Facts established" required multiline minRows={4} autoFocus />
          <FormTextField control={control} name="cause" label="Cause" required multiline minRows={2} />
        </>
      )}
    </ActionDialog>
  );
}
