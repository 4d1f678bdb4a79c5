// Categorise the complaint (billing, switching, …) for the review and for reports.
import { z } from 'zod';
import { ActionDialog } from '../ActionDialog';
import { actionForm, type ActionFormProps } from '../action-form';
import { useCaseWork } from '../case-work';
import { CATEGORY_OPTIONS } from '../fields/options';
import { SelectField } from '../fields/SelectField';

const schema = actionForm(z.object({ category: z.string() }), (v) => ({ type: 'categorise', category: v.category }));

export function CategoriseDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  return (
    <ActionDialog title="Categorise the complaint" submitLabel="Categorise" schema={schema} defaultValues={{ category: caseRecord.category ?? '' }} onClose={onClose}>
      {(control) => <SelectField control={control} name="category" label="Category" options={CATEGORY_OPTIONS} />}
    </ActionDialog>
  );
}
