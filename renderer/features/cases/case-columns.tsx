// The case list's columns: the reference links to the case page; only the next deadline and received time sort.
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import type { CaseListRow } from './case-list-rows';
import { DeadlineWords } from './DeadlineWords';

/** The reference, a link that takes the keyboard focus when its cell does (arrow keys, then Enter opens the case). */
function ReferenceLink({ params }: { params: GridRenderCellParams<CaseListRow> }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (params.hasFocus) ref.current?.focus();
  }, [params.hasFocus]);
  return (
    <Link component={RouterLink} ref={ref} to={`/cases/${params.row.id}`} tabIndex={params.tabIndex}>
      {params.row.reference}
    </Link>
  );
}

function NextDue({ row }: { row: CaseListRow }) {
  return (
    <Box sx={{ lineHeight: 1.3, display: 'flex', flexDirection: 'column', justifyContent: 'center', height: '100%' }}>
      <span>{row.nextDue}</span>
      {row.nextDueKind && (
        <Typography variant="caption" color="text.secondary">
          {row.nextDueKind}
        </Typography>
      )}
    </Box>
  );
}

/** The customer's name, and under it the start of the complaint. */
function CustomerAndSummary({ row }: { row: CaseListRow }) {
  return (
    <Box sx={{ lineHeight: 1.3, display: 'flex', flexDirection: 'column', justifyContent: 'center', height: '100%', minWidth: 0 }}>
      <span>{row.customerName}</span>
      <Typography variant="caption" color="text.secondary" noWrap title={row.summary}>
        {row.summary}
      </Typography>
    </Box>
  );
}

const fixed = { sortable: false, disableColumnMenu: true } as const;

// Widths fit each heading whole at the desk's 1366-pixel window, with the sort arrow beside the sortable ones
// (test/e2e/layout-at-desk-size.spec.ts measures it); Customer takes what is left.

export const caseColumns: GridColDef<CaseListRow>[] = [
  { field: 'reference', headerName: 'Reference', width: 160, ...fixed, renderCell: (params) => <ReferenceLink params={params} /> },
  { field: 'customerName', headerName: 'Customer', flex: 1, minWidth: 150, ...fixed, renderCell: (params) => <CustomerAndSummary row={params.row} /> },
  { field: 'stage', headerName: 'Stage', width: 100, ...fixed },
  { field: 'channel', headerName: 'Channel', width: 85, ...fixed },
  { field: 'receivedAt', headerName: 'Received', width: 145, sortable: true, sortingOrder: ['desc'], disableColumnMenu: true },
  { field: 'investigator', headerName: 'Investigator', width: 95, ...fixed },
  { field: 'nextDue', headerName: 'Next deadline', width: 150, sortable: true, sortingOrder: ['asc'], disableColumnMenu: true, renderCell: (params) => <NextDue row={params.row} /> },
  { field: 'dueWords', headerName: 'Due', width: 225, ...fixed, renderCell: (params) => <DeadlineWords row={params.row} /> },
];
