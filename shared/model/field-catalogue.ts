// What each field of the case, the customer and the timeline means for privacy, and its label in letters and the
// pack: the one catalogue that anonymisation, staff redaction, the case pack and subject access read, through the
// one walk over a record (mapText / eachText). A test fails when a string field of the model has no entry here.
import { storyFieldNames, storyPackLabel } from './story-fields';

/** How a field is treated when a case is anonymised or exported; each class in plain words. */
export const privacyClasses = {
  'free-text': "The customer's story or someone's own words: replaced whole when the case is anonymised.",
  'customer-identity': 'Names or reaches a person (the customer, a participant, a recipient): replaced whole when anonymised.',
  'staff-identity': 'Identifies the employee a complaint may be about: replaced by "the employee" in a confidential export.',
  'working-text': "The company's own words (a root cause, a lesson, an action): kept, any mention of the customer removed.",
  statistic: "Ids, dates, choices and hashes: the figures and the timeline's shape, never changed.",
} as const;
export type PrivacyClass = keyof typeof privacyClasses;

export interface FieldFacts {
  privacy: PrivacyClass;
  /** What a confidential export shows instead of the employee's own account or the support they were offered. */
  withheldAs?: 'account' | 'support';
  /** A top-level field of the case that the pack and subject access show, under this name (labelledText). */
  label?: string;
}

const free = (label?: string): FieldFacts => ({ privacy: 'free-text', ...(label ? { label } : {}) });
const person: FieldFacts = { privacy: 'customer-identity' };
const staffIdentity: FieldFacts = { privacy: 'staff-identity' };
const working: FieldFacts = { privacy: 'working-text' };
const statistic: FieldFacts = { privacy: 'statistic' };

/**
 * Every string field of the case (at any depth), the customer and the timeline event, by name. A name means the
 * same wherever it appears (a `reference` is an agency's or the Ombudsman's; the case's own is kept by the
 * anonymiser). Names ending in Id, Ids, At, On, By or From are statistics unless listed (statisticByName).
 */
const catalogue: Record<string, FieldFacts> = {
  nature: free('Nature of the complaint'),
  ...Object.fromEntries(storyFieldNames.map((name) => [name, free(storyPackLabel(name))])),
  adviceGiven: free('Advice given or action taken'),
  resolvedBasis: free('Basis on which it was resolved'),
  businessSizeReason: free('Why the business is that size'),
  summary: free(),
  reason: free(),
  note: free(),
  factsEstablished: free(),
  account: { privacy: 'free-text', withheldAs: 'account' },
  support: { privacy: 'free-text', withheldAs: 'support' },
  purpose: free(),
  detail: free(),
  text: free(),
  letterText: free(),
  description: free(),
  fileName: free(),
  reference: free(),

  name: person,
  email: person,
  phone: person,
  line1: person,
  line2: person,
  town: person,
  county: person,
  postcode: person,
  accountNumber: person,
  // The customer is a business: its name, the person acting for it and its meter points identify it.
  businessName: person,
  actingPerson: person,
  onBehalfName: person,
  onBehalfContact: person,
  complaintReference: person,
  number: person,

  dealtWithName: staffIdentity,
  dealtWithUserId: staffIdentity,
  namedStaffUserIds: staffIdentity,

  cause: working,
  lessonsLearned: working,
  what: working,
  doneNote: working,
  owner: working,
  agency: working,

  id: statistic,
  kind: statistic,
  stage: statistic,
  atStage: statistic,
  channel: statistic,
  how: statistic,
  via: statistic,
  category: statistic,
  rootCause: statistic,
  outcome: statistic,
  answer: statistic,
  decision: statistic,
  status: statistic,
  basis: statistic,
  source: statistic,
  mimeType: statistic,
  sha256: statistic,
  hash: statistic,
  prevHash: statistic,
  contentHash: statistic,
  from: statistic,
  to: statistic,
  /** The last day of a hold the agency expects (a date). */
  expectedTo: statistic,
  due: statistic,
  on: statistic,
  at: statistic,
  action: statistic,
  obligation: statistic,
  state: statistic,
  items: statistic,
  item: statistic,
  withdrawalHow: statistic,
  newExpectedDate: statistic,
  madeHow: statistic,
  agreedChannel: statistic,
  businessSize: statistic,
  contractStart: statistic,
  contractEnd: statistic,
  letterOfAuthorityExpires: statistic,
  commissionDisclosed: statistic,
  fromStage: statistic,
  /** The case's own references from before it was numbered again (kept by the anonymiser, as its reference is). */
  formerReferences: statistic,
};

/** Ids, instants and dates by their name's ending: recordedById, sentAt, doneOn, acknowledgeBy, eligibleFrom. */
const statisticByName = /(?:Id|Ids|At|On|By|From)$/;

/** What the catalogue says of field `key`; undefined for a name it does not know (not a field of the model). */
export function fieldFacts(key: string): FieldFacts | undefined {
  return catalogue[key] ?? (statisticByName.test(key) ? statistic : undefined);
}

/** The labelled fields `record` holds as text, in the catalogue's order: what the pack and subject access show of it. */
export function labelledText(record: object): { key: string; label: string; text: string }[] {
  const values = record as Record<string, unknown>;
  return Object.entries(catalogue).flatMap(([key, facts]) => {
    const text = values[key];
    return facts.label !== undefined && typeof text === 'string' ? [{ key, label: facts.label, text }] : [];
  });
}

/** Told of each string: its text, the name of the field holding it (arrays pass theirs on), and its depth. */
export type TextVisit = (text: string, key: string | undefined, depth: number) => string;

function walk(value: unknown, key: string | undefined, depth: number, visit: TextVisit, copy: boolean): unknown {
  if (typeof value === 'string') return visit(value, key, depth);
  if (Array.isArray(value)) {
    if (!copy) {
      for (const item of value) walk(item, key, depth, visit, copy);
      return value;
    }
    return value.map((item) => walk(item, key, depth, visit, copy));
  }
  if (value !== null && typeof value === 'object') {
    if (!copy) {
      for (const [k, item] of Object.entries(value)) walk(item, k, depth + 1, visit, copy);
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(value)) out[k] = walk(item, k, depth + 1, visit, copy);
    return out;
  }
  return value;
}

/** A copy of `value` with every string replaced by what `visit` returns: the one walk over a record. */
export function mapText<T>(value: T, visit: TextVisit): T {
  return walk(value, undefined, 0, visit, true) as T;
}

/** Each string of `value`, read in place (the same walk, without copying). */
export function eachText(value: unknown, visit: (text: string, key: string | undefined, depth: number) => void): void {
  walk(
    value,
    undefined,
    0,
    (text, key, depth) => {
      visit(text, key, depth);
      return text;
    },
    false,
  );
}
