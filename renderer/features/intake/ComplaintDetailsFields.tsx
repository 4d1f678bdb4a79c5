// What the complaint is about: its nature, category and the customer's own account (the steps already taken, what they want).
import { MenuItem, Stack } from '@mui/material';
import { storyFieldNames, storyFields, type StoryField } from '../../../shared/model';
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
      {storyFieldNames.map((name) => {
        const field: StoryField = storyFields[name];
        return <FormTextField key={name} control={control} name={name} label={field.formLabel ?? field.label} multiline minRows={2} helperText={field.helperText} />;
      })}
    </Stack>
  );
}
