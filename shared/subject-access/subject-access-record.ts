// What a subject access export holds: the customer, and each of their cases with its timeline and files, staff redacted.
import type { Attachment, ComplaintCase, Customer, JsonValue, TimelineEvent, User } from '../model';
import { redactionPlan, type RedactionPlan } from '../policy/confidentiality';
import { fileVerdict } from '../case-pack/file-redaction';
import { packRedaction } from '../case-pack/pack-redaction';

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
  /** Files left out, each with why (one naming the employee, or one whose text cannot be checked for them). */
  withheld: { name: string; why: string }[];
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
 * (REQUIREMENTS section 5; a subject access request never includes them), in the case, every event and every file:
 * a letter we wrote that named them is set anew, a file that names them or cannot be checked is left out and listed.
 */
export async function subjectAccessCase(
  c: ComplaintCase,
  events: readonly SubjectAccessEvent[],
  stored: readonly SubjectAccessFile[],
  users: readonly Pick<User, 'id' | 'name'>[],
  company: { name: string; lines: readonly string[] },
): Promise<SubjectAccessCase> {
  // The one redaction every export uses (the case pack's): the case, each event, file names and paths, the JSON.
  const plan = redactionPlan(c, { staffNames: namedStaffNames(c, users) });
  const redaction = packRedaction(plan);
  const files: SubjectAccessFile[] = [];
  const withheld: { name: string; why: string }[] = [];
  for (const f of stored) {
    const verdict = await fileVerdict({ attachment: f.attachment, read: async function* () { yield f.bytes; } }, redaction, company);
    if (verdict.ship === 'withheld') withheld.push({ name: redaction.text(f.attachment.name), why: verdict.why });
    else if (verdict.ship === 'set-anew') files.push({ ...f, bytes: verdict.bytes, attachment: { ...f.attachment, sizeBytes: verdict.bytes.length } });
    else files.push(f);
  }
  return {
    case: redaction.redactCase(c),
    timeline: events.map((e) => {
      const redacted = redaction.redactEvent({ ...e, caseId: c.id, hash: '', prevHash: '' } as unknown as TimelineEvent);
      return { seq: e.seq, at: e.at, actorId: redacted.actorId, action: e.action, summary: redacted.summary, before: redacted.before, after: redacted.after };
    }),
    files: files.map((f) => ({ ...f, path: redaction.text(f.path), attachment: redaction.redactValue(f.attachment) })),
    withheld,
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
      withheldFiles: c.withheld,
      redactedToProtectStaff: c.redacted,
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
