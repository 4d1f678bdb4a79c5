// The business complaining to the broker: its name and person, size and why, suppliers, meter points, dates, authority.
import { Controller, useWatch, type Control } from 'react-hook-form';
import { Checkbox, FormControlLabel, MenuItem, Stack, Typography } from '@mui/material';
import { businessSizeLabels, commissionDisclosureLabels } from '../../../../shared/model';
import { DatePickerField } from '../../DatePickerField';
import { FormTextField } from '../../FormTextField';
import type { BusinessValues } from '../business-form';
import { optionsOf } from './options';

/** The forms that hold business values do so under `business`. */
export type BusinessControl = Control<{ business: BusinessValues }>;

const SIZE_OPTIONS = optionsOf(businessSizeLabels);
const COMMISSION_OPTIONS = optionsOf(commissionDisclosureLabels);

export function BusinessFields({ control, optional = true }: { control: BusinessControl; optional?: boolean }) {
  const [include, authority] = useWatch({ control, name: ['business.include', 'business.letterOfAuthorityOnFile'] });
  return (
    <Stack spacing={2} component="section" aria-labelledby="business-heading">
      <Typography id="business-heading" variant="h6" component="h2">
        The business
      </Typography>
      {optional && (
        <Controller
          control={control}
          name="business.include"
          render={({ field }) => <FormControlLabel label="The customer is a business" control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} />} />}
        />
      )}
      {(include || !optional) && (
        <>
          <FormTextField control={control} name="business.businessName" label="Business name" required />
          <FormTextField control={control} name="business.actingPerson" label="Person complaining for the business" required />
          <FormTextField control={control} name="business.businessSize" label="Business size" select helperText="Micro and small businesses may go to the Energy Ombudsman">
            <MenuItem value="">Not known yet</MenuItem>
            {SIZE_OPTIONS.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </FormTextField>
          <FormTextField control={control} name="business.businessSizeReason" label="Reason for the business size" helperText="Employees, turnover or energy use" />
          <FormTextField control={control} name="business.suppliers" label="Suppliers involved" multiline minRows={2} helperText="One a line: supplier, then their complaint reference" />
          <FormTextField control={control} name="business.mpans" label="MPANs (electricity)" multiline minRows={1} helperText="One 13-digit core a line: the check digit is checked" />
          <FormTextField control={control} name="business.mprns" label="MPRNs (gas)" multiline minRows={1} helperText="One a line, 6 to 10 digits" />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DatePickerField control={control} name="business.contractStart" label="Contract start" />
            <DatePickerField control={control} name="business.contractEnd" label="Contract end" />
          </Stack>
          <Controller
            control={control}
            name="business.letterOfAuthorityOnFile"
            render={({ field }) => <FormControlLabel label="Letter of authority on file" control={<Checkbox checked={field.value} onChange={(_e, on) => field.onChange(on)} />} />}
          />
          {authority && <DatePickerField control={control} name="business.letterOfAuthorityExpires" label="Letter of authority expires" />}
          <FormTextField control={control} name="business.commissionDisclosed" label="Broker's commission" select>
            {COMMISSION_OPTIONS.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </FormTextField>
        </>
      )}
    </Stack>
  );
}
