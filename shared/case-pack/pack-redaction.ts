// Applies the confidentiality redaction plan to everything a case pack holds: the case, the timeline, names, free text.
import { mapText, type ComplaintCase, type JsonValue, type TimelineEvent } from '../model';
import { EMPLOYEE_PLACEHOLDER, redactCase, redactJson, staffMentionPattern, type RedactionPlan } from '../policy';
import { anywherePattern } from '../policy/text-pattern';

export interface PackRedaction {
  readonly plan: RedactionPlan;
  /** Free text with every named employee's name and id replaced by "the employee". */
  text(value: string): string;
  redactCase(c: ComplaintCase): ComplaintCase;
  redactEvent(event: TimelineEvent): TimelineEvent;
  /** Any JSON-like value with the plan applied: ids, names and accounts (an attachment's record, say). */
  redactValue<T>(value: T): T;
  /** Whether text names a protected employee (always false when the identity is included or nothing is confidential). */
  namesStaff(value: string): boolean;
}

/** What an export says of a file it leaves out, in the list of files. */
export const WITHHELD_FILE = 'Withheld: it names the employee, whose identity this export leaves out';

const textDecoder = () =>
  new (globalThis as unknown as { TextDecoder: new (label: string) => { decode(bytes: Uint8Array, options?: { stream: boolean }): string } }).TextDecoder('utf-8');

/**
 * Whether a file's readable text names a protected employee: its bytes read as UTF-8 and as Latin-1 (plain text,
 * CSV, email, HTML, a PDF's uncompressed text), a little of each piece kept so a name across two pieces is found.
 * A file whose text cannot be read this way (a scan, a compressed PDF) is not found to name anyone.
 */
export async function fileNamesStaff(chunks: AsyncIterable<Uint8Array>, redaction: PackRedaction): Promise<boolean> {
  if (!redaction.plan.redactStaffIdentity) return false;
  const utf8 = textDecoder();
  let tail = '';
  let latinTail = '';
  for await (const chunk of chunks) {
    const text = tail + utf8.decode(chunk, { stream: true });
    let latin = latinTail;
    for (let i = 0; i < chunk.length; i += 8192) latin += String.fromCharCode(...chunk.subarray(i, i + 8192));
    if (redaction.namesStaff(text) || redaction.namesStaff(latin)) return true;
    tail = text.slice(-200);
    latinTail = latin.slice(-200);
  }
  return false;
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
    namesStaff: (value) => plan.redactStaffIdentity && text(value) !== value,
    redactValue: <T>(value: T): T => (plan.redactStaffIdentity ? (deep(redactJson(value as JsonValue, plan)) as T) : value),
    redactCase: (c) => (plan.redactStaffIdentity ? deep(redactCase(c, plan)) : c),
    redactEvent: (event) => {
      if (!plan.redactStaffIdentity) return event;
      const before = deep(redactJson(event.before, plan));
      const after = deep(redactJson(event.after, plan));
      return { ...event, actorId: text(event.actorId), summary: text(event.summary), before, after };
    },
  };
}
