// The fields one timeline event changed, as they were and as they became.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ChangeRow } from './timeline-view';

const valueCell = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'monospace', fontSize: '0.8rem', verticalAlign: 'top' } as const;

export function ChangeTable({ rows, caption }: { rows: readonly ChangeRow[]; caption: string }) {
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', '& caption': { captionSide: 'top', p: 0, pb: 0.5 } }}>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col" sx={{ width: '22%' }}>
            Field
          </TableCell>
          <TableCell component="th" scope="col">
            Before
          </TableCell>
          <TableCell component="th" scope="col">
            After
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell component="th" scope="row" sx={{ verticalAlign: 'top' }}>
              {row.field}
            </TableCell>
            <TableCell sx={valueCell}>{row.before}</TableCell>
            <TableCell sx={valueCell}>{row.after}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
