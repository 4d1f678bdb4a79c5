// What the complaint is about: its nature, category, the steps already taken and what the customer wants.
import { MenuItem, Stack } from '@mui/material';
import { FormTextField } from '../../ui/FormTextField';
import { CATEGORY_OPTIONS } from '../../ui/case-form/fields/options';
import type { IntakeControl } from './intake-form';

export function ComplaintDetailsFields({ control }: { control: IntakeControl }) {
  return (
    <Stack spacing={2}>
      <FormTextField control={control} name="nature" label="Nature of the complaint" required multiline minRows={3} />
      <FormTextField control={control} name="category" label="Category" select slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">Not categorised yet</MenuItem>
        {CATEGORY_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={control} name="stepsTaken" label="Steps already taken" multiline minRows={2} helperText="What the customer or the company has already done to put it right" />
      <FormTextField control={control} name="desiredOutcome" label="What the customer wants" multiline minRows={2} />
    </Stack>
  );
}
