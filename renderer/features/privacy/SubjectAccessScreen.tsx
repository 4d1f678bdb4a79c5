// Subject access (complaints managers): find a customer and export everything held about them as one file.
import { useState } from 'react';
import { Alert, Paper, Stack, Typography } from '@mui/material';
import type { Customer } from '../../../shared/model';
import { CustomerExportPanel } from './CustomerExportPanel';
import { CustomerSearch } from './CustomerSearch';

export function SubjectAccessScreen() {
  const [chosen, setChosen] = useState<Customer | null>(null);
  return (
    <Stack spacing={2}>
      <Paper component="section" aria-labelledby="subject-access-heading" sx={{ p: 2 }}>
        <Typography id="subject-access-heading" variant="h5" component="h1" gutterBottom>
          Subject access
        </Typography>
        <Typography sx={{ mb: 2 }}>A customer may ask for everything the company holds about them. Find them, check their cases, then export.</Typography>
        {/* Said to every manager, every time: a complaint naming you is sealed from you, so nothing here may hint at one. */}
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          A complaint that names you is hidden from you, and so from any export you make. If this customer may have complained
          about you, ask another complaints manager to make the export.
        </Alert>
        {!chosen && <CustomerSearch onChoose={setChosen} />}
      </Paper>
      {chosen && <CustomerExportPanel key={chosen.id} customer={chosen} onClose={() => setChosen(null)} />}
    </Stack>
  );
}
