// What happens next: open a case (asking for written confirmation of a verbal complaint), resolve it now, or record an enquiry.
import { Controller, useWatch } from 'react-hook-form';
import { Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack } from '@mui/material';
import { useId } from 'react';
import { FormTextField } from '../../ui/FormTextField';
import { OUTCOME_OPTIONS } from '../../ui/case-form/fields/options';
import { isVerbal, type IntakeControl } from './intake-form';

export interface NextStepFieldsProps {
  control: IntakeControl;
  /** Why the short path is closed (a complaint about staff follows the full process), or null. */
  firstContactBlocked: string | null;
  /** Why nothing can be added to the case at intake, or null. */
  followUpsBlocked: string | null;
}

export function NextStepFields({ control, firstContactBlocked, followUpsBlocked }: NextStepFieldsProps) {
  const labelId = useId();
  const [next, channel] = useWatch({ control, name: ['next', 'channel'] });
  return (
    <Stack spacing={2}>
      <Controller
        control={control}
        name="next"
        render={({ field }) => (
          <FormControl component="fieldset">
            <FormLabel component="legend" id={labelId}>
              What happens next
            </FormLabel>
            <RadioGroup aria-labelledby={labelId} name={field.name} value={field.value} onChange={(_e, value) => field.onChange(value)}>
              <FormControlLabel value="case" label="Open a complaint case" control={<Radio />} />
              <FormControlLabel value="first-contact" label="Resolved at first contact" control={<Radio />} disabled={!!firstContactBlocked && field.value !== 'first-contact'} />
              <FormControlLabel value="enquiry" label="Not a complaint (enquiry)" control={<Radio />} />
            </RadioGroup>
            {firstContactBlocked && <FormHelperText>{firstContactBlocked}</FormHelperText>}
          </FormControl>
        )}
      />
      {next === 'case' && isVerbal(channel) && !followUpsBlocked && (
        <Controller
          control={control}
          name="askWrittenConfirmation"
          render={({ field }) => (
            <FormControl>
              <FormControlLabel
                label="Ask for written confirmation"
                control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} inputRef={field.ref} />}
              />
              <FormHelperText>Records that you asked the customer to confirm in writing. No deadline moves: the clock started when they complained.</FormHelperText>
            </FormControl>
          )}
        />
      )}
      {next === 'first-contact' && (
        <>
          <FormTextField control={control} name="firstContact.outcome" label="Outcome" select required>
            {OUTCOME_OPTIONS.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </FormTextField>
          <FormTextField control={control} name="firstContact.summary" label="Summary of the resolution" required multiline minRows={2} />
        </>
      )}
      {next === 'enquiry' && <FormTextField control={control} name="enquiryReason" label="Reason this is not a complaint" required multiline minRows={2} />}
    </Stack>
  );
}
