// Applies the confidentiality redaction plan to everything a case pack holds: the case, the timeline, names, free text.
import type { ComplaintCase, TimelineEvent } from '../model';
import { EMPLOYEE_PLACEHOLDER, redactCase, redactJson, staffMentionPattern, type RedactionPlan } from '../policy';

export interface PackRedaction {
  readonly plan: RedactionPlan;
  /** Free text with every named employee's name and id replaced by "the employee". */
  text(value: string): string;
  redactCase(c: ComplaintCase): ComplaintCase;
  redactEvent(event: TimelineEvent): TimelineEvent;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The policy's plan replaces ids only where they are a whole value, and names and their parts where they stand as
 * words; a pack also replaces ids inside text (a summary quoting an id) and the whole name anywhere, even run into
 * other text ("Dave Parry2.txt"), ignoring case, so that a search of any file finds none of them.
 */
export function packRedaction(plan: RedactionPlan): PackRedaction {
  const needles = plan.redactStaffIdentity ? [...plan.staffNames, ...plan.staffUserIds].filter((n) => n.length > 0) : [];
  // Longest first, so "Dave Parry" is replaced before a shorter name that it contains.
  const pattern = needles.length > 0 ? new RegExp(needles.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi') : null;
  const mentions = plan.redactStaffIdentity ? staffMentionPattern(plan) : null;
  const text = (value: string) => {
    const inWords = pattern ? value.replace(pattern, EMPLOYEE_PLACEHOLDER) : value;
    return mentions ? inWords.replace(mentions, EMPLOYEE_PLACEHOLDER) : inWords;
  };
  const deep = <T>(value: T): T => deepText(value, text) as T;
  return {
    plan,
    text,
    redactCase: (c) => (plan.redactStaffIdentity ? deep(redactCase(c, plan)) : c),
    redactEvent: (event) => {
      if (!plan.redactStaffIdentity) return event;
      const before = deep(redactJson(event.before, plan));
      const after = deep(redactJson(event.after, plan));
      return { ...event, actorId: text(event.actorId), summary: text(event.summary), before, after };
    },
  };
}

function deepText(value: unknown, text: (s: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => deepText(v, text));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = deepText(v, text);
    return out;
  }
  return value;
}
