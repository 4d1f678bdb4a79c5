// The clock: acknowledge by, resolve by (or paused), the delay notice and the 8-week date, each with its state.
import { useId } from 'react';
import { Alert, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ClockPanelModel } from './clock-rows';

export function CaseClockPanel({ model }: { model: ClockPanelModel }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Deadlines
      </Typography>
      {model.breach && (
        <Alert severity="error" sx={{ mb: 1 }}>
          Breach: the resolve-by date passed without a delay notice to the customer.
        </Alert>
      )}
      <Table size="small" aria-labelledby={headingId}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">Deadline</TableCell>
            <TableCell component="th" scope="col">Date</TableCell>
            <TableCell component="th" scope="col">Status</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {model.rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row">
                {row.label}
              </TableCell>
              <TableCell>
                {row.value}
                {row.note && (
                  <Typography variant="body2" color="text.secondary">
                    {row.note}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Chip size="small" label={row.chip} color={row.colour} variant={row.state === 'missed' ? 'outlined' : 'filled'} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {model.frozenAt && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Deadline record frozen when the case ended, {model.frozenAt}.
        </Typography>
      )}
    </Paper>
  );
}
