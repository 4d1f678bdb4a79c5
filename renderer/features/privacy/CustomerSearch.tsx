// Finding a customer by name, email, phone or account number, to see what is held about them.
import { useState } from 'react';
import { List, ListItemButton, ListItemText, Stack, TextField, Typography } from '@mui/material';
import type { Customer } from '../../../shared/model';
import { useCustomerMatches } from '../../store/hooks';
import { useSession } from '../../session/session';

function contactLine(c: Customer): string {
  return [c.email, c.phone, c.accountNumber && `Account ${c.accountNumber}`, c.address?.postcode].filter(Boolean).join(' · ');
}

export function CustomerSearch({ onChoose }: { onChoose(customer: Customer): void }) {
  const [query, setQuery] = useState('');
  const { actor } = useSession();
  const matches = useCustomerMatches(query, actor, 20);
  return (
    <Stack spacing={1}>
      <TextField
        label="Find a customer"
        helperText="Name, email, phone number or account number"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoFocus
        sx={{ maxWidth: 480 }}
      />
      {query.trim().length >= 2 && matches?.length === 0 && <Typography role="status">No customer matches “{query.trim()}”.</Typography>}
      {matches && matches.length > 0 && (
        <List aria-label="Matching customers" dense sx={{ maxWidth: 640 }}>
          {matches.map((c) => (
            <ListItemButton key={c.id} onClick={() => onChoose(c)}>
              <ListItemText primary={c.name} secondary={contactLine(c)} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Stack>
  );
}
