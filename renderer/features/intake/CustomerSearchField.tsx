// Finds a customer already on this desk as staff type: by name, phone, email or account number.
import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import type { Customer } from '../../../shared/model';
import { useCustomerMatches } from '../../store/hooks';
import { useSession } from '../../session/session';
import { customerLabel } from './customer-label';

/** "Margaret Oyelaran · 07700 900123 · margaret@example.com · account ACC-1" */
export function CustomerSearchField({ onChoose }: { onChoose(customer: Customer): void }) {
  const [query, setQuery] = useState('');
  const { actor } = useSession();
  const matches = useCustomerMatches(query, actor);
  const short = query.trim().length < 2;
  return (
    <Autocomplete<Customer>
      options={short ? [] : (matches ?? [])}
      filterOptions={(options) => options}
      getOptionLabel={customerLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      inputValue={query}
      onInputChange={(_e, value, reason) => {
        if (reason !== 'reset') setQuery(value);
      }}
      value={null}
      onChange={(_e, chosen) => {
        if (chosen) onChoose(chosen);
      }}
      loading={!short && matches === undefined}
      noOptionsText={short ? 'Type at least 2 characters' : 'No customer on this desk matches: enter their details below'}
      renderInput={(params) => <TextField {...params} label="Find a customer" helperText="Search by name, phone, email or account number" />}
    />
  );
}
