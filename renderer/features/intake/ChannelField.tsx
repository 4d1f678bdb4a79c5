// How the complaint arrived, asked first: telephone, in person, email or letter, as radio buttons (arrow keys move).
import { Controller } from 'react-hook-form';
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { channelLabels, contactChannels } from '../../../shared/model';
import type { IntakeControl } from './intake-form';

export function ChannelField({ control }: { control: IntakeControl }) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name="channel"
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={!!fieldState.error} required>
          <FormLabel component="legend" id={labelId}>
            Channel
          </FormLabel>
          <RadioGroup row aria-labelledby={labelId} name={field.name} value={field.value} onChange={(_e, value) => field.onChange(value)} onBlur={field.onBlur}>
            {contactChannels.map((channel, index) => (
              <FormControlLabel
                key={channel}
                value={channel}
                label={channelLabels[channel]}
                control={<Radio slotProps={{ input: { autoFocus: index === 0 && field.value === '', ...(index === 0 ? { ref: field.ref } : {}) } }} />}
              />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}
