// When the complaint was received: now unless changed (a letter or email arrived earlier), read back in en-GB.
import { useWatch } from 'react-hook-form';
import { DatePickerField } from '../../ui/DatePickerField';
import type { IntakeControl } from './intake-form';

function hint(channel: string): string {
  return channel === 'letter' || channel === 'email' ? 'London time: for a letter or email, when it arrived' : 'London time';
}

export function ReceivedAtField({ control }: { control: IntakeControl }) {
  const channel = useWatch({ control, name: 'channel' });
  return <DatePickerField control={control} name="receivedAt" label="Received at" valueFormat="date-time" required helperText={hint(channel)} enterSubmits={false} />;
}
