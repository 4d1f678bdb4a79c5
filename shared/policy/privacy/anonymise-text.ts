// Replacing what identifies a customer in any stored JSON: free-text fields wholesale, their names and contacts anywhere.
import { eachText, fieldFacts, mapText, type Customer, type JsonValue } from '../../model';
import { wholeWordsPattern } from '../text-pattern';

/** What replaces a free-text field, and any mention of the customer, once a case is anonymised. */
export const ANONYMISED_TEXT = '[Removed when anonymised]';

/** Replaced whole: the customer's story and the names of people (shared/model's field catalogue). */
function replacedWhole(key: string): boolean {
  const privacy = fieldFacts(key)?.privacy;
  return privacy === 'free-text' || privacy === 'customer-identity';
}

/** The case's own reference (at its top level) is kept; any other `reference` is an agency's and identifies the customer there. */
const isOwnReference = (key: string, depth: number) => key === 'reference' && depth <= 1;

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
export function freeTextValues(value: JsonValue, out: Set<string> = new Set()): Set<string> {
  eachText(value, (text, key, depth) => {
    if (key && replacedWhole(key) && !isOwnReference(key, depth) && text.trim().length >= 4 && text !== ANONYMISED_TEXT) out.add(text.trim());
  });
  return out;
}

/** A replacer for the terms: longest first, whole words only, ignoring case. */
export function textScrubber(strings: readonly string[]): (text: string) => string {
  const pattern = wholeWordsPattern(strings.map((s) => s.trim()).filter((s) => s.length > 1));
  return pattern ? (text) => text.replace(pattern, ANONYMISED_TEXT) : (text) => text;
}

/**
 * `value` (a case, or a timeline event's before/after, whose keys are case fields) with every free-text field
 * replaced, the customer's id swapped, and the terms replaced in any other text; ids, dates and choices kept.
 */
export function anonymiseJson(value: JsonValue, terms: AnonymiseTerms, scrub: (text: string) => string = textScrubber(terms.strings)): JsonValue {
  return mapText(value, (text, key, depth) => {
    const swapped = terms.ids.get(text);
    if (swapped !== undefined) return swapped;
    if (key === undefined) return scrub(text);
    if (isOwnReference(key, depth)) return text;
    if (replacedWhole(key)) return text.trim() === '' ? text : ANONYMISED_TEXT;
    return fieldFacts(key)?.privacy === 'statistic' ? text : scrub(text);
  });
}
