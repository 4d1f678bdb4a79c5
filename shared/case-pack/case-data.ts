// case.json in a case pack: the whole case, its customer and timeline, as redacted, with the schema the verifier checks.
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { complaintCase, customer, timelineEvent } from '../model';
import type { CasePackManifest } from './manifest';

export const CASE_DATA_FORMAT = 'complaints-desk-case';

export const casePackCaseData = z.object({
  format: z.literal(CASE_DATA_FORMAT),
  case: complaintCase,
  customer: customer.nullable(),
  /** Every event as stored; when the pack is redacted their text is too, so their hashes no longer recompute. */
  timeline: z.array(timelineEvent).min(1, 'must hold at least the event that recorded the complaint'),
  redaction: z.object({
    /** True when the employee's identity and account were replaced by "the employee". */
    staffIdentityRedacted: z.boolean(),
    /** The reason a complaints manager gave for including the employee, when they did. */
    staffIdentityIncludedBecause: z.string().optional(),
    note: z.string(),
  }),
});
export type CasePackCaseData = z.infer<typeof casePackCaseData>;

/** Indented, so a case handler can read it in a text editor. */
export function encodeCaseData(data: CasePackCaseData): Uint8Array {
  return strToU8(`${JSON.stringify(casePackCaseData.parse(data), null, 2)}\n`);
}

/** The checks the verifier makes across case.json and the manifest: the same case, the same timeline head. */
export function caseDataProblems(data: CasePackCaseData, manifest: CasePackManifest): string[] {
  const problems: string[] = [];
  if (data.case.reference !== manifest.caseReference) {
    problems.push(`case.json is for case ${data.case.reference} but the manifest is for ${manifest.caseReference}`);
  }
  const last = data.timeline[data.timeline.length - 1];
  if (last && (last.hash !== manifest.timelineHead.sha256 || last.seq !== manifest.timelineHead.eventCount)) {
    problems.push("case.json's timeline does not end at the timeline head the manifest records");
  }
  return problems;
}
