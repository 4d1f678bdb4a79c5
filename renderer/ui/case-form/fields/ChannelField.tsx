// How something was sent or said: telephone, in person, email or letter.
import type { FieldValues, Path } from 'react-hook-form';
import type { ActionControl } from '../ActionDialog';
import { CHANNEL_OPTIONS } from './options';
import { SelectField } from './SelectField';

export function ChannelField<T extends FieldValues>({ control, name, label = 'How it was sent' }: { control: ActionControl<T>; name: Path<T>; label?: string }) {
  return <SelectField control={control} name={name} label={label} options={CHANNEL_OPTIONS} />;
}
