// The retention review (complaints managers): finished cases kept longer than the period set, each to anonymise.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { complaintCategoryLabels, stageLabels } from '../../../shared/model';
import { db } from '../../store/desk';
import { listCasesPastRetention, type RetentionRow } from '../../store/retention';
import { formatDate } from '../../ui/en-gb-format';
import { visuallyHidden } from '../../ui/visually-hidden';
import { useSession } from '../../session/session';
import { AnonymiseDialog } from './AnonymiseDialog';

const PAGE_SIZES = [25, 50, 100];
const counted = new Intl.NumberFormat('en-GB');

export function RetentionReviewScreen() {
  const { actor } = useSession();
  const review = useLiveQuery(() => listCasesPastRetention(db, actor, new Date().toISOString()), [actor]);
  const [chosen, setChosen] = useState<RetentionRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0] ?? 25);
  const [wantedPage, setPage] = useState(0);
  const total = review?.rows.length ?? 0;
  // Anonymising the last case of the last page moves back a page.
  const page = Math.min(wantedPage, Math.max(0, Math.ceil(total / pageSize) - 1));
  const shown = review?.rows.slice(page * pageSize, (page + 1) * pageSize) ?? [];

  return (
    <Paper component="section" aria-labelledby="retention-heading" sx={{ p: 2 }}>
      <Typography id="retention-heading" variant="h5" component="h1" gutterBottom>
        Retention review
      </Typography>
      {review && (
        <Typography sx={{ mb: 2 }}>
          Finished cases are kept for {review.years} years after they end (set by the administrator). These have been kept longer and should be
          anonymised.
        </Typography>
      )}
      {done && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {review?.rows.length === 0 && <Typography role="status">No case is past its retention period.</Typography>}
      {review && review.rows.length > 0 && (
        <>
          <Typography role="status" sx={{ mb: 1 }}>
            {total === 1 ? '1 case is' : `${counted.format(total)} cases are`} past the retention period, oldest first.
          </Typography>
          <Table size="small" aria-labelledby="retention-heading">
            <TableHead>
              <TableRow>
                <TableCell>Reference</TableCell>
                <TableCell>Customer</TableCell>
                <TableCell>Stage</TableCell>
                <TableCell>Category</TableCell>
                <TableCell>Ended</TableCell>
                <TableCell>Past retention from</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    Action
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.caseId}>
                  <TableCell>{row.reference}</TableCell>
                  <TableCell>{row.customerName}</TableCell>
                  <TableCell>{stageLabels[row.stage]}</TableCell>
                  <TableCell>{row.category ? complaintCategoryLabels[row.category] : 'Not categorised'}</TableCell>
                  <TableCell>{formatDate(row.endedOn)}</TableCell>
                  <TableCell>{formatDate(row.anonymiseFrom)}</TableCell>
                  <TableCell>
                    <Button color="error" variant="outlined" size="small" aria-label={`Anonymise ${row.reference}`} onClick={() => setChosen(row)}>
                      Anonymise
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={total}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_, next: number) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPageSize(Number(event.target.value));
              setPage(0);
            }}
            labelRowsPerPage="Cases per page"
            labelDisplayedRows={({ from, to, count }) => `${counted.format(from)}–${counted.format(to)} of ${counted.format(count)}`}
          />
        </>
      )}
      {chosen && (
        <AnonymiseDialog
          row={chosen}
          onClose={() => setChosen(null)}
          onDone={(text) => {
            setChosen(null);
            setDone(text);
          }}
        />
      )}
    </Paper>
  );
}
