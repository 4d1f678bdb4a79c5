// The merge fields a template may use ({{customerName}} …), which letters offer each, and which must never be removed.
import type { TemplateKind } from './letter-kinds';

export const mergeFieldDescriptions = {
  customerName: "The customer's name",
  caseReference: 'The case reference, e.g. JESQ-2026-000123',
  companyName: 'The company name from settings',
  companyTelephone: 'The company telephone from settings',
  companyEmail: 'The company email from settings',
  letterDate: 'The date the letter is sent',
  receivedDate: 'The date the complaint was received',
  complaintSummary: 'The nature of the complaint as recorded',
  staffName: 'The member of staff sending the letter',
  acknowledgeBy: 'The date the complaint must be acknowledged by',
  resolveBy: 'The date the policy aims to resolve the complaint by',
  ombudsmanEligibleFrom: 'The date 8 weeks after the complaint was received',
  requestedItems: 'The information asked for, one item a line',
  requestNote: 'What was asked for, in the words of the request',
  delayReason: 'The reason for the delay',
  newExpectedDate: 'The new date the customer can expect a response',
  outcome: 'The outcome: upheld, partly upheld or not upheld',
  remedies: 'The remedies offered, e.g. an apology and a payment of £42.50',
  responseSummary: 'The summary of the final response',
  reviewDecision: 'The escalation review decision: upheld, partly upheld or not upheld',
  reviewSummary: 'The summary of the escalation review',
  ombudsmanRights: "The customer's right to go to the Energy Ombudsman, worded for the case",
  consumerAgencyRights: "The customer's right to go to a consumer protection agency at any time",
} as const;
export type MergeField = keyof typeof mergeFieldDescriptions;

const COMMON: readonly MergeField[] = [
  'customerName',
  'caseReference',
  'companyName',
  'companyTelephone',
  'companyEmail',
  'letterDate',
  'receivedDate',
  'complaintSummary',
  'staffName',
  'acknowledgeBy',
  'resolveBy',
  'ombudsmanEligibleFrom',
];
const RIGHTS: readonly MergeField[] = ['ombudsmanRights', 'consumerAgencyRights'];

/** The fields each template may use. */
export const templateFields: Record<TemplateKind, readonly MergeField[]> = {
  acknowledgement: COMMON,
  'information-request': [...COMMON, 'requestedItems', 'requestNote'],
  'written-confirmation-request': COMMON,
  'delay-notice': [...COMMON, 'delayReason', 'newExpectedDate'],
  'final-response': [...COMMON, 'outcome', 'remedies', 'responseSummary', ...RIGHTS],
  'eight-week-letter': [...COMMON, ...RIGHTS],
  'escalation-outcome': [...COMMON, 'reviewDecision', 'reviewSummary', ...RIGHTS],
};

/** The rights paragraphs a template must keep: the customer is always told where else they can go. */
export const mandatoryFields: Record<TemplateKind, readonly MergeField[]> = {
  acknowledgement: [],
  'information-request': ['requestedItems'],
  'written-confirmation-request': [],
  'delay-notice': ['delayReason', 'newExpectedDate'],
  'final-response': RIGHTS,
  'eight-week-letter': RIGHTS,
  'escalation-outcome': RIGHTS,
};

export const MERGE_FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isMergeField(name: string): name is MergeField {
  return Object.hasOwn(mergeFieldDescriptions, name);
}

export const mergeToken = (field: MergeField) => `{{${field}}}`;

/** Names used in the text, in order of first use. */
export function fieldsUsed(text: string): string[] {
  return [...new Set([...text.matchAll(MERGE_FIELD_PATTERN)].map((match) => match[1] ?? ''))];
}

/** Replaces every {{field}} with its value; an unknown field is left as written (the wording schema refuses those). */
export function mergeText(text: string, values: Partial<Record<MergeField, string>>): string {
  return text.replace(MERGE_FIELD_PATTERN, (whole, name: string) => (isMergeField(name) ? (values[name] ?? whole) : whole));
}
