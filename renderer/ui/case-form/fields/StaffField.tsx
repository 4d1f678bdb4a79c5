// Choose a member of staff who works cases (investigator, reviewer, named employee), by name.
import type { FieldValues, Path } from 'react-hook-form';
import { roleLabels, type User } from '../../../../shared/model';
import { worksCases } from '../../../../shared/policy';
import type { ActionControl } from '../ActionDialog';
import { SelectField } from './SelectField';

export interface StaffFieldProps<T extends FieldValues> {
  control: ActionControl<T>;
  name: Path<T>;
  label: string;
  staff: readonly User[];
  /** People the policy rules out here (named employees, the investigator): left off the list. */
  exclude?: readonly (string | undefined)[];
  helperText?: string;
}

export function StaffField<T extends FieldValues>({ control, name, label, staff, exclude = [], helperText }: StaffFieldProps<T>) {
  const options = staff
    .filter((u) => u.active && worksCases(u.role) && !exclude.includes(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((u) => ({ value: u.id, label: `${u.name} (${roleLabels[u.role].toLowerCase()})` }));
  return <SelectField control={control} name={name} label={label} options={options} helperText={helperText} />;
}
