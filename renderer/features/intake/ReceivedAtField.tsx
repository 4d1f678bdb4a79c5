// When the complaint was received: now unless changed (a letter or email arrived earlier), read back in en-GB.
import { useWatch } from 'react-hook-form';
import { FormTextField } from '../../ui/FormTextField';
import { formatDateTime } from '../../ui/en-gb-format';
import { londonInputToInstant } from '../case-page/form-values';
import type { IntakeControl } from './intake-form';

function readBack(value: string, channel: string): string {
  const instant = londonInputToInstant(value);
  const when = instant && !Number.isNaN(Date.parse(instant)) ? `${formatDateTime(instant)} London time` : 'London time';
  const hint = channel === 'letter' || channel === 'email' ? ': for a letter or email, when it arrived' : '';
  return `${when}${hint}`;
}

export function ReceivedAtField({ control }: { control: IntakeControl }) {
  const [value, channel] = useWatch({ control, name: ['receivedAt', 'channel'] });
  return (
    <FormTextField
      control={control}
      name="receivedAt"
      label="Received at"
      type="datetime-local"
      required
      helperText={readBack(value, channel)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
