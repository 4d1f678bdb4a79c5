// Finding words in free text: the one way the policy builds a pattern from names and terms, longest first.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each term where it stands as a word (no letter or digit either side), ignoring case, longest first; null if none. */
export function wholeWordsPattern(terms: readonly string[]): RegExp | null {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Each term anywhere, even run into other text ("Dave Parry2.txt"), ignoring case, longest first; null if none. */
export function anywherePattern(terms: readonly string[]): RegExp | null {
  const sorted = [...terms].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  return sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : null;
}
