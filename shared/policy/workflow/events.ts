// Timeline entries for accepted actions: who, when, what, and the changed fields before and after.
import type { ComplaintCase, JsonValue, TimelineEventDraft } from '../../model';

/** Plain JSON for a value; undefined becomes null so "was absent" shows in before/after. */
export function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toJson(v);
    return out;
  }
  return null;
}

function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Bookkeeping fields every change touches: left out of before/after so the event shows what mattered. */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

export function changedFields(before: ComplaintCase, after: ComplaintCase): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const was: Record<string, JsonValue> = {};
  const now: Record<string, JsonValue> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    const b = toJson((before as Record<string, unknown>)[key]);
    const a = toJson((after as Record<string, unknown>)[key]);
    if (canonical(b) !== canonical(a)) {
      was[key] = b;
      now[key] = a;
    }
  }
  return { before: was, after: now };
}

export function changeEvent(
  before: ComplaintCase,
  after: ComplaintCase,
  action: string,
  summary: string,
  actorId: string,
  at: string,
): TimelineEventDraft {
  const diff = changedFields(before, after);
  return { caseId: after.id, at, actorId, action, summary, before: diff.before, after: diff.after };
}
