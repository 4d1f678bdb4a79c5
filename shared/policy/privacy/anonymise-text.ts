// Replacing what identifies a customer in any stored JSON: free-text fields wholesale, their names and contacts anywhere.
import type { Customer, JsonValue } from '../../model';

/** What replaces a free-text field, and any mention of the customer, once a case is anonymised. */
export const ANONYMISED_TEXT = '[Removed when anonymised]';

/**
 * Fields whose text is the customer's story or names someone: replaced whatever they say. `reference` is one
 * (an agency's or the Ombudsman's reference identifies the customer there) except the case's own reference.
 */
const FREE_TEXT_KEYS = new Set([
  'nature',
  'stepsTaken',
  'desiredOutcome',
  'summary',
  'reason',
  'note',
  'factsEstablished',
  'account',
  'support',
  'purpose',
  'detail',
  'text',
  'name',
  'description',
  'fileName',
  'reference',
]);

/** Fields that are the statistics and the timeline's shape (ids, dates, choices): never changed. */
const KEPT_KEYS = new Set([
  'id',
  'kind',
  'stage',
  'atStage',
  'channel',
  'how',
  'via',
  'category',
  'rootCause',
  'outcome',
  'answer',
  'decision',
  'status',
  'basis',
  'source',
  'mimeType',
  'sha256',
  'from',
  'to',
  'due',
  'on',
  'at',
  'action',
  'obligation',
  'state',
  'items',
  'item',
]);

const isKeptKey = (key: string) => KEPT_KEYS.has(key) || /(?:Id|Ids|At|On|By|From)$/.test(key);

export interface AnonymiseTerms {
  /** Whole values replaced: the customer's id becomes the anonymised customer's. */
  ids: ReadonlyMap<string, string>;
  /** Texts replaced wherever they occur: names, contacts and the free text the case held. */
  strings: readonly string[];
}

/** The customer's name (and each longer word of it), contacts, account number and address lines. */
export function customerIdentifiers(customer: Customer): string[] {
  if (customer.anonymisedAt) return [];
  const words = customer.name.split(/\s+/).filter((w) => w.length >= 3);
  const emailLocal = customer.email?.split('@')[0];
  const phoneDigits = customer.phone?.replace(/\D/g, '');
  const address = customer.address;
  return [
    customer.name,
    ...words,
    customer.email,
    emailLocal && emailLocal.length >= 3 ? emailLocal : undefined,
    customer.phone,
    phoneDigits && phoneDigits.length >= 6 ? phoneDigits : undefined,
    customer.accountNumber,
    address?.line1,
    address?.line2,
    address?.postcode,
    address?.postcode.replace(/\s/g, ''),
  ].filter((s): s is string => typeof s === 'string' && s.trim().length > 0);
}

/** Every free-text value in `value` (at least 4 characters), so mentions of them elsewhere can be replaced too. */
export function freeTextValues(value: JsonValue, key?: string, depth = 0, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (key && FREE_TEXT_KEYS.has(key) && !(key === 'reference' && depth <= 1) && value.trim().length >= 4 && value !== ANONYMISED_TEXT) {
      out.add(value.trim());
    }
  } else if (Array.isArray(value)) {
    for (const v of value) freeTextValues(v, key, depth, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) freeTextValues(v, k, depth + 1, out);
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A replacer for the terms: longest first, whole words only, ignoring case. */
export function textScrubber(strings: readonly string[]): (text: string) => string {
  const terms = [...new Set(strings.map((s) => s.trim()).filter((s) => s.length > 1))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, ANONYMISED_TEXT);
}

/**
 * `value` (a case, or a timeline event's before/after, whose keys are case fields) with every free-text field
 * replaced, the customer's id swapped, and the terms replaced in any other text; ids, dates and choices kept.
 */
export function anonymiseJson(value: JsonValue, terms: AnonymiseTerms, scrub: (text: string) => string = textScrubber(terms.strings)): JsonValue {
  const walk = (v: JsonValue, key: string | undefined, depth: number): JsonValue => {
    if (typeof v === 'string') {
      const swapped = terms.ids.get(v);
      if (swapped !== undefined) return swapped;
      if (key === undefined) return scrub(v);
      if (key === 'reference' && depth <= 1) return v;
      if (FREE_TEXT_KEYS.has(key)) return v.trim() === '' ? v : ANONYMISED_TEXT;
      return isKeptKey(key) ? v : scrub(v);
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, key, depth));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, JsonValue> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, k, depth + 1);
      return out;
    }
    return v;
  };
  return walk(value, undefined, 0);
}
