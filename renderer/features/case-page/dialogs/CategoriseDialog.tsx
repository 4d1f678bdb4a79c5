// Categorise the complaint (billing, switching, …) for the review and for reports.
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { CATEGORY_OPTIONS } from '../../../ui/case-form/fields/options';
import { SelectField } from '../../../ui/case-form/fields/SelectField';

const schema = actionForm(z.object({ category: z.string() }), (v) => ({ type: 'categorise', category: v.category }));

export function CategoriseDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  return (
    <ActionDialog title="Categorise the complaint" submitLabel="Categorise" schema={schema} defaultValues={{ category: caseRecord.category ?? '' }} onClose={onClose}>
      {(control) => <SelectField control={control} name="category" label="Category" options={CATEGORY_OPTIONS} />}
    </ActionDialog>
  );
}
