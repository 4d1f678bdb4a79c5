// Record that the complaint is about staff (it becomes confidential), naming the employees if known.
import { z } from 'zod';
import { worksCases } from '../../../../shared/policy';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { CheckboxListField } from '../../../ui/case-form/fields/CheckboxListField';

const schema = actionForm(z.object({ namedStaffUserIds: z.array(z.string()) }), (v) => ({ type: 'recordStaffConcern', ...v }));

export function StaffConcernDialog({ onClose }: ActionFormProps) {
  const { caseRecord, staff } = useCaseWork();
  const options = staff
    .filter((u) => worksCases(u.role) && u.id !== caseRecord.investigatorId)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((u) => ({ value: u.id, label: u.name, disabled: caseRecord.namedStaffUserIds.includes(u.id) }));
  return (
    <ActionDialog
      title="Complaint about staff"
      intro="The case becomes confidential: only complaints managers and its investigator can open it, and an employee named in it never can."
      submitLabel="Record"
      schema={schema}
      defaultValues={{ namedStaffUserIds: [...caseRecord.namedStaffUserIds] }}
      onClose={onClose}
    >
      {(control) => <CheckboxListField control={control} name="namedStaffUserIds" label="Employees named (if known)" options={options} />}
    </ActionDialog>
  );
}
