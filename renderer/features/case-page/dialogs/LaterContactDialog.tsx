// Log a later contact about the complaint as regulation 4(2) asks: when, orally or in writing, who, summary, advice, resolved.
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { Checkbox, FormControlLabel, MenuItem } from '@mui/material';
import { contactMakerLabels, madeHowLabels } from '../../../../shared/model';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, newRecordId, nowInput, type ActionFormProps } from '../../../ui/case-form/action-form';
import { DateField } from '../../../ui/case-form/fields/DateField';
import { optionsOf } from '../../../ui/case-form/fields/options';
import { londonDateTime, optionalInput, typedText } from '../../../ui/case-form/form-values';

const fields = z.object({
  at: londonDateTime,
  madeHow: typedText,
  madeBy: typedText,
  onBehalfName: optionalInput,
  onBehalfContact: optionalInput,
  summary: typedText,
  adviceGiven: optionalInput,
  resolved: z.boolean(),
  resolvedBasis: optionalInput,
});

const select = (options: { value: string; label: string }[]) =>
  options.map((o) => (
    <MenuItem key={o.value} value={o.value}>
      {o.label}
    </MenuItem>
  ));

export function LaterContactDialog({ onClose }: ActionFormProps) {
  const schema = useMemo(() => {
    const contactId = newRecordId();
    return actionForm(fields, (v) => ({ type: 'recordLaterContact', contactId, ...v, resolvedBasis: v.resolved ? v.resolvedBasis : undefined }));
  }, []);
  const defaults = { at: nowInput(), madeHow: '', madeBy: 'customer', onBehalfName: '', onBehalfContact: '', summary: '', adviceGiven: '', resolved: false, resolvedBasis: '' };
  return (
    <ActionDialog title="Record a later contact" intro="Every contact about the complaint is logged the same way as the first." submitLabel="Record contact" schema={schema} defaultValues={defaults} onClose={onClose}>
      {(control, values) => (
        <>
          <DateField control={control} name="at" label="Date and time of the contact" withTime />
          <FormTextField control={control} name="madeHow" label="Made orally or in writing" select required>
            {select(optionsOf(madeHowLabels))}
          </FormTextField>
          <FormTextField control={control} name="madeBy" label="Who made the contact" select required>
            {select(optionsOf(contactMakerLabels))}
          </FormTextField>
          {values.madeBy === 'on-behalf' && (
            <>
              <FormTextField control={control} name="onBehalfName" label="Name of the person acting for the customer" required />
              <FormTextField control={control} name="onBehalfContact" label="How to reach them" />
            </>
          )}
          <FormTextField control={control} name="summary" label="Summary of the contact" required multiline minRows={3} />
          <FormTextField control={control} name="adviceGiven" label="Advice given or action taken" multiline minRows={2} />
          <Controller
            control={control}
            name="resolved"
            render={({ field }) => <FormControlLabel label="Resolved at this contact" control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} />} />}
          />
          {values.resolved && <FormTextField control={control} name="resolvedBasis" label="On what basis it is resolved" required multiline minRows={2} />}
        </>
      )}
    </ActionDialog>
  );
}
