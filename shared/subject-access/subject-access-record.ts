// What a subject access export holds: the customer, and each of their cases with its timeline and files, staff redacted.
import type { Attachment, ComplaintCase, Customer, JsonValue, User } from '../model';
import { redactCase, redactionPlan, redactJson, type RedactionPlan } from '../policy/confidentiality';
import { toJson } from '../policy/workflow/events';

export const SUBJECT_ACCESS_FORMAT = 'complaints-desk-subject-access';
export const SUBJECT_ACCESS_FORMAT_VERSION = 1;

export interface SubjectAccessEvent {
  seq: number;
  at: string;
  actorId: string;
  action: string;
  summary: string;
  before: JsonValue;
  after: JsonValue;
}

export interface SubjectAccessFile {
  attachment: Attachment;
  /** Where the file is inside the export. */
  path: string;
  bytes: Uint8Array;
}

export interface SubjectAccessCase {
  case: ComplaintCase;
  timeline: SubjectAccessEvent[];
  files: SubjectAccessFile[];
  /** What was replaced to protect a named employee (empty when the case does not concern staff). */
  redacted: RedactionPlan['fields'];
}

export interface SubjectAccessRecord {
  customer: Customer;
  cases: SubjectAccessCase[];
  madeAt: string;
  madeById: string;
}

/** The named employees' names, from the staff list, so free text mentioning them is redacted too. */
export function namedStaffNames(c: ComplaintCase, users: readonly Pick<User, 'id' | 'name'>[]): string[] {
  const ids = new Set([...c.namedStaffUserIds, ...(c.dealtWithUserId && c.concernsStaff ? [c.dealtWithUserId] : [])]);
  return users.filter((u) => ids.has(u.id)).map((u) => u.name);
}

/**
 * One case as the customer receives it: the employee's identity and account left out as for any export
 * (REQUIREMENTS section 5; a subject access request never includes them), in the case and in every event.
 */
export function subjectAccessCase(
  c: ComplaintCase,
  events: readonly SubjectAccessEvent[],
  files: readonly SubjectAccessFile[],
  users: readonly Pick<User, 'id' | 'name'>[],
): SubjectAccessCase {
  const plan = redactionPlan(c, { staffNames: namedStaffNames(c, users) });
  const redactText = (text: string) => {
    const out = redactJson(text, plan);
    return typeof out === 'string' ? out : text;
  };
  return {
    case: redactCase(c, plan),
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at,
      actorId: redactText(e.actorId),
      action: e.action,
      summary: redactText(e.summary),
      before: redactJson(e.before, plan),
      after: redactJson(e.after, plan),
    })),
    files: files.map((f) => ({ ...f, attachment: redactJson(toJson(f.attachment), plan) as unknown as Attachment })),
    redacted: plan.fields,
  };
}

/** The export's JSON: everything, file bytes replaced by where each file is in the export. */
export function subjectAccessJson(record: SubjectAccessRecord): string {
  const value = {
    format: SUBJECT_ACCESS_FORMAT,
    formatVersion: SUBJECT_ACCESS_FORMAT_VERSION,
    madeAt: record.madeAt,
    madeById: record.madeById,
    customer: record.customer,
    cases: record.cases.map((c) => ({
      case: c.case,
      timeline: c.timeline,
      files: c.files.map((f) => ({ path: f.path, ...f.attachment })),
      redactedToProtectStaff: c.redacted,
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
