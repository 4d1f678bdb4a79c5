// The timeline as the panel shows it: newest first, filtered by kind and person, with each change in plain words.
import type { JsonValue, TimelineEvent } from '../../../shared/model';
import { workflowRules, type CaseActionType } from '../../../shared/policy';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';

/** Events the store and intake write that are not workflow actions. */
const OTHER_KINDS: Record<string, string> = {
  receive: 'Complaint recorded',
  viewed: 'Viewed (confidential case)',
  casePackMade: 'Case pack made',
  letterSent: 'Letter sent',
};

export function timelineKindLabel(action: string): string {
  const rule = (workflowRules as Partial<Record<string, { label: string }>>)[action as CaseActionType];
  if (rule) return rule.label;
  return OTHER_KINDS[action] ?? humanise(action);
}

/** "informationRequests" → "Information requests". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface TimelineFilter {
  /** An event's action, or '' for every kind. */
  kind: string;
  /** Who did it (user id), or '' for everyone. */
  actorId: string;
}

export const everyEvent: TimelineFilter = { kind: '', actorId: '' };

export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => b.seq - a.seq);
}

export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  return newestFirst(events).filter((e) => (!filter.kind || e.action === filter.kind) && (!filter.actorId || e.actorId === filter.actorId));
}

export interface Option {
  value: string;
  label: string;
}

/** The kinds of event on this timeline, for the filter, by label. */
export function kindOptions(events: readonly TimelineEvent[]): Option[] {
  const kinds = [...new Set(events.map((e) => e.action))];
  return kinds.map((k) => ({ value: k, label: timelineKindLabel(k) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** The people on this timeline, for the filter, by name. */
export function personOptions(events: readonly TimelineEvent[], nameOf: (userId: string) => string): Option[] {
  const ids = [...new Set(events.map((e) => e.actorId))];
  return ids.map((id) => ({ value: id, label: nameOf(id) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Staff read dates as dd/MM/yyyy (London) and people by name, wherever they sit in a value. */
function readable(value: JsonValue, nameOf: (id: string) => string | undefined): JsonValue {
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    if (ISO_DAY.test(value)) return formatDate(value);
    return nameOf(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => readable(v, nameOf));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, v] of Object.entries(value)) out[key] = readable(v, nameOf);
    return out;
  }
  return value;
}

export { withDisplayDates } from '../../../shared/model/dates-in-text';

/**
 * A value as it reads in the change table: text as is (dates as dd/MM/yyyy, staff ids as names), absent as a
 * dash, lists and records as indented JSON.
 */
export function showValue(value: JsonValue | undefined, nameOf: (id: string) => string | undefined = () => undefined): string {
  if (value === undefined || value === null) return '—';
  const shown = readable(value, nameOf);
  if (typeof shown === 'string') return shown === '' ? '(blank)' : shown;
  if (typeof shown === 'number' || typeof shown === 'boolean') return String(shown);
  return JSON.stringify(shown, null, 2);
}

function asRecord(value: JsonValue): Record<string, JsonValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** One row per field the event changed, before and after; `nameOf` gives a name for a staff id, if it is one. */
export function changeRows(event: Pick<TimelineEvent, 'before' | 'after'>, nameOf: (id: string) => string | undefined = () => undefined): ChangeRow[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({ field: humanise(field), before: showValue(before[field], nameOf), after: showValue(after[field], nameOf) }));
}
