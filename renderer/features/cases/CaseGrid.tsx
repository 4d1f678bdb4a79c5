// The case list itself: a virtualised MUI X Data Grid over one page of the store at a time (server-side paging and
// sorting), since a desk's 100,000 cases cannot all be loaded at once.
import { useMemo } from 'react';
import { Box } from '@mui/material';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import type { CaseListRow } from './case-list-rows';
import { caseColumns } from './case-columns';
import { PAGE_SIZE } from './use-work-list';

export interface CaseGridProps {
  rows: CaseListRow[];
  loading: boolean;
  page: number;
  hasNextPage: boolean;
  onPageChange(page: number): void;
  sort: 'due' | 'newest';
  /** Null while searching: matches come in word order. */
  onSortChange: ((sort: 'due' | 'newest') => void) | null;
  emptyText: string;
  labelledBy: string;
}

export function CaseGrid({ rows, loading, page, hasNextPage, onPageChange, sort, onSortChange, emptyText, labelledBy }: CaseGridProps) {
  const sortModel: GridSortModel = useMemo(
    () => (onSortChange === null ? [] : sort === 'newest' ? [{ field: 'receivedAt', sort: 'desc' }] : [{ field: 'nextDue', sort: 'asc' }]),
    [sort, onSortChange],
  );
  const paginationModel: GridPaginationModel = { page, pageSize: PAGE_SIZE };
  // The total is known once the last page is reached; before that the grid shows "more than".
  const rowCount = hasNextPage || loading ? -1 : page * PAGE_SIZE + rows.length;

  return (
    <Box sx={{ height: 'max(420px, calc(100vh - 330px))', width: '100%' }}>
      <DataGrid
        aria-labelledby={labelledBy}
        rows={rows}
        columns={caseColumns}
        loading={loading}
        slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' } }}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        rowCount={rowCount}
        paginationMeta={{ hasNextPage }}
        paginationModel={paginationModel}
        pageSizeOptions={[PAGE_SIZE]}
        onPaginationModelChange={(model) => onPageChange(model.page)}
        sortModel={sortModel}
        disableColumnSorting={onSortChange === null}
        onSortModelChange={(model) => onSortChange?.(model[0]?.field === 'receivedAt' ? 'newest' : 'due')}
        disableColumnFilter
        disableColumnSelector
        disableRowSelectionOnClick
        columnBufferPx={2000}
        localeText={{ noRowsLabel: emptyText }}
        density="compact"
        rowHeight={56}
      />
    </Box>
  );
}
