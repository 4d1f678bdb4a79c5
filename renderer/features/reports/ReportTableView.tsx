// One of the report's tables as an accessible table, named by its title: what each chart shows, in words.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReportTable } from '../../../shared/reports';
import { formatCell } from './report-format';

export function ReportTableView({ table, titleId }: { table: ReportTable; titleId: string }) {
  return (
    <Table size="small" aria-labelledby={titleId}>
      <TableHead>
        <TableRow>
          {table.columns.map((column, i) => (
            <TableCell key={column} align={i === 0 ? 'left' : 'right'}>
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {table.rows.map((row) => (
          <TableRow key={formatCell(row[0] ?? { kind: 'text', text: '' })}>
            {row.map((cell, i) =>
              i === 0 ? (
                <TableCell key={i} component="th" scope="row">
                  {formatCell(cell)}
                </TableCell>
              ) : (
                <TableCell key={i} align="right">
                  {formatCell(cell)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
