// Applies the confidentiality redaction plan to everything a case pack holds: the case, the timeline, names, free text.
import { mapText, type ComplaintCase, type TimelineEvent } from '../model';
import { EMPLOYEE_PLACEHOLDER, redactCase, redactJson, staffMentionPattern, type RedactionPlan } from '../policy';
import { anywherePattern } from '../policy/text-pattern';

export interface PackRedaction {
  readonly plan: RedactionPlan;
  /** Free text with every named employee's name and id replaced by "the employee". */
  text(value: string): string;
  redactCase(c: ComplaintCase): ComplaintCase;
  redactEvent(event: TimelineEvent): TimelineEvent;
}

/**
 * The policy's plan replaces ids only where they are a whole value, and names and their parts where they stand as
 * words; a pack also replaces ids inside text (a summary quoting an id) and the whole name anywhere, even run into
 * other text ("Dave Parry2.txt"), ignoring case, so that a search of any file finds none of them.
 */
export function packRedaction(plan: RedactionPlan): PackRedaction {
  // Longest first, so "Dave Parry" is replaced before a shorter name that it contains.
  const pattern = plan.redactStaffIdentity ? anywherePattern([...plan.staffNames, ...plan.staffUserIds]) : null;
  const mentions = plan.redactStaffIdentity ? staffMentionPattern(plan) : null;
  const text = (value: string) => {
    const inWords = pattern ? value.replace(pattern, EMPLOYEE_PLACEHOLDER) : value;
    return mentions ? inWords.replace(mentions, EMPLOYEE_PLACEHOLDER) : inWords;
  };
  const deep = <T>(value: T): T => mapText(value, text);
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
