// The search words of a case row and of a customer's name, and the terms of what staff type in the search box.

const STOP_WORDS = new Set(
  (
    'the and for was were with that this from have has had not but are our you your they them their his her she him its ' +
    'been into onto out off over than then there when what which who will would could should about after before'
  ).split(' '),
);

// The main series (JESQ-2026-000123) and the staff series (JESQ-2026-S00001, shared/policy/reference-series.ts).
const REFERENCE = /\bjesq-(\d{4})-(\d{6}|s\d{5})\b/gi;
// Each word is an index entry, and in Chromium every entry costs time on each write of the row, so there is a cap;
// it is set so that a long complaint's significant words are all there (staff search by any of them, "exit fees"
// as readily as the first few words).
const MAX_WORDS = 80;

/** Lower-case, accents removed, apostrophes dropped ("O’Brien" → "obrien"), split on anything else. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The forms a reference is found by: the whole reference, "000123" and "123". */
export function referenceWords(reference: string): string[] {
  const lower = reference.toLowerCase();
  const match = /^jesq-(\d{4})-(\d{6}|s\d{5})$/.exec(lower);
  if (!match) return [lower];
  const serial = match[2] ?? '';
  return [lower, serial, String(Number(serial.replace(/^s/, '')))];
}

export function nameWords(name: string): string[] {
  return [...new Set(tokens(name))];
}

/**
 * Words of the reference (and any former ones), the customer's name, the business details (its name, the person complaining for it,
 * suppliers and their references, meter numbers) and the summary (the whole nature of the complaint): unique, no
 * stop words, at most MAX_WORDS besides the business words.
 */
export function caseWords(row: { reference: string; customerName: string; summary: string; formerReferences?: readonly string[] | undefined }, business: readonly string[] = []): string[] {
  // A former reference (a desk's own before the office server numbered the case) is on letters already sent.
  const references = [row.reference, ...(row.formerReferences ?? [])].flatMap(referenceWords);
  const words = new Set<string>([...references, ...nameWords(row.customerName)]);
  // The business words are what staff search a broker's case by; they come on top of the usual twenty.
  const businessWords = new Set(business.flatMap(tokens).filter((w) => !words.has(w)));
  for (const word of businessWords) words.add(word);
  const limit = MAX_WORDS + businessWords.size;
  for (const word of tokens(row.summary)) {
    if (words.size >= limit) break;
    if (word.length > 1 && !STOP_WORDS.has(word)) words.add(word);
  }
  return [...words];
}

/** What to look for: each reference typed whole, then each other word; every term must match a word's start. */
export function queryTerms(text: string): string[] {
  const references = [...text.matchAll(REFERENCE)].map((m) => m[0].toLowerCase());
  const rest = tokens(text.replace(REFERENCE, ' ')).filter((w) => !STOP_WORDS.has(w));
  return [...new Set([...references, ...rest])];
}
