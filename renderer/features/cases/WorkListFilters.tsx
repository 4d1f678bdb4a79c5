// The filters above the case list: stage, channel, category, investigator and when the next deadline falls.
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { caseStages, channelLabels, complaintCategories, complaintCategoryLabels, contactChannels, stageLabels, type User } from '../../../shared/model';
import type { DueChoice, WorkListChoices } from '../../store/work-list';
import { NONE } from './work-list-params';

const ANY = '';

const dueLabels: Record<DueChoice, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'breaching-soon': 'Breaching soon (next 2 business days)',
};

interface FilterProps {
  choices: WorkListChoices;
  staff: readonly User[];
  onChange(choices: WorkListChoices): void;
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: readonly [string, string][]; onChange(value: string): void }) {
  return (
    <TextField select fullWidth={false} label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 150 }}>
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Sets one choice, or takes it away when "any" is chosen. */
function withChoice<K extends keyof WorkListChoices>(choices: WorkListChoices, key: K, value: WorkListChoices[K] | typeof ANY): WorkListChoices {
  const next = { ...choices };
  if (value === ANY) delete next[key];
  else next[key] = value as WorkListChoices[K];
  return next;
}

export function WorkListFilters({ choices, staff, onChange }: FilterProps) {
  const caseWorkers = staff.filter((u) => u.role !== 'administrator');
  const filtered = ['stage', 'channel', 'category', 'assigneeId', 'due'].some((k) => k in choices);
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }} role="group" aria-label="Filters">
      <FilterSelect label="Stage" value={choices.stage ?? ANY} options={[[ANY, 'Any stage'], ...caseStages.map((s) => [s, stageLabels[s]] as [string, string])]} onChange={(v) => onChange(withChoice(choices, 'stage', v as WorkListChoices['stage'] | typeof ANY))} />
      <FilterSelect label="Channel" value={choices.channel ?? ANY} options={[[ANY, 'Any channel'], ...contactChannels.map((c) => [c, channelLabels[c]] as [string, string])]} onChange={(v) => onChange(withChoice(choices, 'channel', v as WorkListChoices['channel'] | typeof ANY))} />
      <FilterSelect
        label="Category"
        value={choices.category === undefined ? ANY : (choices.category ?? NONE)}
        options={[[ANY, 'Any category'], [NONE, 'Not categorised'], ...complaintCategories.map((c) => [c, complaintCategoryLabels[c]] as [string, string])]}
        onChange={(v) => onChange(withChoice(choices, 'category', v === NONE ? null : (v as WorkListChoices['category'] | typeof ANY)))}
      />
      <FilterSelect
        label="Investigator"
        value={choices.assigneeId === undefined ? ANY : (choices.assigneeId ?? NONE)}
        options={[[ANY, 'Anyone'], [NONE, 'No investigator yet'], ...caseWorkers.map((u) => [u.id, u.name] as [string, string])]}
        onChange={(v) => onChange(withChoice(choices, 'assigneeId', v === NONE ? null : v))}
      />
      <FilterSelect label="Due" value={choices.due ?? ANY} options={[[ANY, 'Any time'], ...(Object.entries(dueLabels) as [string, string][])]} onChange={(v) => onChange(withChoice(choices, 'due', v as DueChoice | typeof ANY))} />
      {filtered && (
        <Button onClick={() => onChange(choices.sort ? { sort: choices.sort } : {})} sx={{ mt: 0.5 }}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
