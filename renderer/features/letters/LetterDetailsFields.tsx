// The fields a letter needs typed before it can be sent: items asked for, the delay, the outcome and remedies, the review.
import { checklistItemLabels, checklistItems, type ComplaintCase } from '../../../shared/model';
import type { LetterKind } from '../../../shared/letters';
import { FormTextField } from '../../ui/FormTextField';
import type { ActionControl } from '../../ui/case-form/ActionDialog';
import { CheckboxListField } from '../../ui/case-form/fields/CheckboxListField';
import { DateField } from '../../ui/case-form/fields/DateField';
import { OUTCOME_OPTIONS } from '../../ui/case-form/fields/options';
import { RemediesField } from '../../ui/case-form/fields/RemediesField';
import { SelectField } from '../../ui/case-form/fields/SelectField';
import type { LetterFormValues } from './letter-form';

export interface LetterDetailsFieldsProps {
  kind: LetterKind;
  control: ActionControl<LetterFormValues>;
  caseRecord: ComplaintCase;
}

export function LetterDetailsFields({ kind, control, caseRecord }: LetterDetailsFieldsProps) {
  switch (kind) {
    case 'information-request': {
      const options = checklistItems.map((i) => ({ value: i, label: checklistItemLabels[i], disabled: caseRecord.checklist[i].status === 'provided' }));
      return (
        <>
          <CheckboxListField control={control} name="items" label="Information asked for" options={options} />
          <FormTextField control={control} name="note" label="What was asked for (optional)" multiline minRows={2} />
        </>
      );
    }
    case 'delay-notice':
      return (
        <>
          <FormTextField control={control} name="reason" label="Reason for the delay" required multiline minRows={2} autoFocus />
          <DateField control={control} name="newExpectedDate" label="New expected date" />
        </>
      );
    case 'final-response':
      return (
        <>
          <SelectField control={control} name="outcome" label="Outcome" options={OUTCOME_OPTIONS} autoFocus />
          <RemediesField control={control} name="remedies" />
          <FormTextField control={control} name="summary" label="Summary of the final response" required multiline minRows={3} />
        </>
      );
    case 'escalation-outcome':
      return (
        <>
          <SelectField control={control} name="decision" label="Decision" options={OUTCOME_OPTIONS} autoFocus />
          <FormTextField control={control} name="summary" label="Summary of the review" required multiline minRows={3} />
        </>
      );
    default:
      return null;
  }
}
