// The work list's tab, filters, search and sort, kept in the address (?view=overdue&stage=investigating) so that
// going back from a case returns to the same list; anything unreadable there is ignored, never trusted.
import { z } from 'zod';
import { caseStages, complaintCategories, contactChannels, type Role } from '../../../shared/model';
import { workListViews, type WorkListView } from '../../../shared/policy';
import { dueChoices, type WorkListChoices } from '../../store/work-list';

/** Stands for "none" (not categorised, no investigator) in the address and in the selects. */
export const NONE = 'none';

export interface WorkListState {
  view: WorkListView;
  choices: WorkListChoices;
  search: string;
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const paramsSchema = z.object({
  view: optional(z.enum(workListViews)),
  stage: optional(z.enum(caseStages)),
  channel: optional(z.enum(contactChannels)),
  category: optional(z.union([z.enum(complaintCategories), z.literal(NONE)])),
  assignee: optional(z.string().trim().min(1).max(100)),
  due: optional(z.enum(dueChoices)),
  sort: optional(z.enum(['due', 'newest'])),
  q: optional(z.string().max(200)),
});

/** Agents start on their own cases; complaints managers oversee every case. */
export function defaultView(role: Role): WorkListView {
  return role === 'complaints-manager' ? 'all' : 'mine';
}

export function readWorkListParams(params: URLSearchParams, role: Role): WorkListState {
  const p = paramsSchema.parse(Object.fromEntries(params));
  const choices: WorkListChoices = {};
  if (p.stage) choices.stage = p.stage;
  if (p.channel) choices.channel = p.channel;
  if (p.category) choices.category = p.category === NONE ? null : p.category;
  if (p.assignee) choices.assigneeId = p.assignee === NONE ? null : p.assignee;
  if (p.due) choices.due = p.due;
  if (p.sort === 'newest') choices.sort = 'newest';
  return { view: p.view ?? defaultView(role), choices, search: p.q ?? '' };
}

export function writeWorkListParams(state: WorkListState, role: Role): URLSearchParams {
  const { choices } = state;
  const out = new URLSearchParams();
  if (state.view !== defaultView(role)) out.set('view', state.view);
  if (choices.stage) out.set('stage', choices.stage);
  if (choices.channel) out.set('channel', choices.channel);
  if (choices.category !== undefined) out.set('category', choices.category ?? NONE);
  if (choices.assigneeId !== undefined) out.set('assignee', choices.assigneeId ?? NONE);
  if (choices.due) out.set('due', choices.due);
  if (choices.sort === 'newest') out.set('sort', 'newest');
  if (state.search) out.set('q', state.search);
  return out;
}
