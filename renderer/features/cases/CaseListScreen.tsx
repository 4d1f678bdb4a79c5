// The work list: the cases staff live in, by tab (My cases, Due today, Overdue, Breaching soon, On hold, All),
// filtered, sorted and searched, a page at a time from the store.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Paper, Stack, Typography } from '@mui/material';
import { useStaff } from '../../store/use-staff';
import { useSession } from '../../session/session';
import { caseListRow } from './case-list-rows';
import { CaseGrid } from './CaseGrid';
import { CaseSearchBox } from './CaseSearchBox';
import { readWorkListParams, writeWorkListParams, type WorkListState } from './work-list-params';
import { useWorkList } from './use-work-list';
import { WorkListFilters } from './WorkListFilters';
import { PANEL_ID, tabId, viewLabels, WorkListTabs } from './WorkListTabs';

export function CaseListScreen() {
  const { actor } = useSession();
  const [params, setParams] = useSearchParams();
  const state = readWorkListParams(params, actor.role);
  const { staff, nameOf } = useStaff();
  const list = useWorkList(state, actor);

  const stateKey = params.toString();
  const change = useCallback(
    (next: Partial<WorkListState>) => {
      const current = readWorkListParams(new URLSearchParams(stateKey), actor.role);
      setParams(writeWorkListParams({ ...current, ...next }, actor.role), { replace: true });
    },
    [stateKey, actor.role, setParams],
  );
  const onSearch = useCallback((search: string) => change({ search }), [change]);

  const rows = useMemo(() => list.items.map((item) => caseListRow(item, list.today, list.settings, nameOf)), [list.items, list.today, list.settings, nameOf]);
  const searching = state.search.trim() !== '';
  const emptyText =
    list.counts?.anyCase === false ? 'No complaints recorded yet.' : searching ? `No cases in ${viewLabels[state.view]} match "${state.search.trim()}".` : `No cases in ${viewLabels[state.view]}.`;

  return (
    <Paper component="section" aria-labelledby="cases-heading" sx={{ p: 2 }}>
      <Typography id="cases-heading" variant="h5" component="h1" gutterBottom>
        Cases
      </Typography>
      <WorkListTabs view={state.view} counts={list.counts?.counts} onChange={(view) => change({ view })} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'flex-start' }}>
        <CaseSearchBox value={state.search} onSearch={onSearch} />
        <WorkListFilters choices={state.choices} staff={staff} onChange={(choices) => change({ choices })} />
      </Stack>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(state.view)}>
        <CaseGrid
          rows={rows}
          loading={!list.ready}
          page={list.page}
          hasNextPage={list.hasNextPage}
          onPageChange={list.setPage}
          sort={state.choices.sort ?? 'due'}
          onSortChange={searching ? null : (sort) => change({ choices: { ...state.choices, sort } })}
          emptyText={emptyText}
          labelledBy="cases-heading"
        />
      </div>
    </Paper>
  );
}
