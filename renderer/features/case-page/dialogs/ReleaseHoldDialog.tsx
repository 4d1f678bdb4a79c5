// Release the hold: its last day; the resolve-by date comes back, later by the business days on hold.
import { z } from 'zod';
import { formatDate } from '../../../ui/en-gb-format';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, todayInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionalInput } from '../../../ui/case-form/form-values';

const schema = actionForm(z.object({ to: optionalInput }), (v) => ({ type: 'releaseHold', ...v }));

export function ReleaseHoldDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const open = caseRecord.holds.find((h) => !h.to);
  const intro = open
    ? `${open.agency} (reference ${open.reference}) has finished. The hold began on ${formatDate(open.from)}; its days up to the last day count as paused.`
    : 'Record the last day of the hold.';
  return (
    <ActionDialog title="Release hold" intro={intro} submitLabel="Release hold" schema={schema} defaultValues={{ to: todayInput() }} onClose={onClose}>
      {(control) => <DateField control={control} name="to" label="Last day of the hold" />}
    </ActionDialog>
  );
}
