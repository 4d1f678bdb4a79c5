// The work list's views as tabs, each (but All) with how many open cases it holds for the person signed in.
import { Tab, Tabs } from '@mui/material';
import { workListViews, type WorkListView } from '../../../shared/policy';

export const viewLabels: Record<WorkListView, string> = {
  mine: 'My cases',
  'due-today': 'Due today',
  overdue: 'Overdue',
  'breaching-soon': 'Breaching soon',
  'on-hold': 'On hold',
  all: 'All',
};

export const tabId = (view: WorkListView) => `work-list-tab-${view}`;
export const PANEL_ID = 'work-list-panel';

const counted = new Intl.NumberFormat('en-GB');

/** A tab's label with its number; My cases also lists finished cases, so its number says it counts the open ones. */
export function tabLabel(view: WorkListView, count: number | undefined): string {
  if (count === undefined) return viewLabels[view];
  return `${viewLabels[view]} (${counted.format(count)}${view === 'mine' ? ' open' : ''})`;
}

export function WorkListTabs({ view, counts, onChange }: { view: WorkListView; counts: Partial<Record<WorkListView, number>> | undefined; onChange(view: WorkListView): void }) {
  return (
    <Tabs value={view} onChange={(_, next: WorkListView) => onChange(next)} aria-label="Work list views" variant="scrollable" scrollButtons="auto" sx={{ mb: 2 }}>
      {workListViews.map((v) => (
        <Tab key={v} value={v} id={tabId(v)} aria-controls={PANEL_ID} label={tabLabel(v, counts?.[v])} />
      ))}
    </Tabs>
  );
}
