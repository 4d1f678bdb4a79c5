// Makes any text drawable with the standard PDF fonts, which only have the WinAnsi (Windows-1252) characters.

/** The characters of Windows-1252 outside Latin-1 that the standard fonts have (pdf-lib's getCharacterSet agrees). */
const WIN_ANSI_EXTRAS = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a,
  0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

export function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

/**
 * Replacements tried before anything else. Curly quotes become straight ones although WinAnsi has them, so the
 * PDF and the e-mail text of a letter read the same and a search for a quoted phrase finds it.
 */
const REPLACEMENTS = new Map<string, string>([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201a', "'"], ['\u201b', "'"], ['\u2032', "'"],
  ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['\u201f', '"'], ['\u2033', '"'],
  ['\u2192', '->'], ['\u2190', '<-'], ['\u2194', '<->'], ['\u21d2', '=>'], ['\u21d0', '<='],
  ['\u2264', '<='], ['\u2265', '>='], ['\u2260', '!='], ['\u2248', '~'],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2015', '-'], ['\u2212', '-'], ['\u2043', '-'],
  ['\u2044', '/'], ['\u2215', '/'],
  ['\t', '    '], ['\u2028', '\n'], ['\u2029', '\n'], ['\u00ad', ''],
  // Letters with no decomposition into a base letter and an accent.
  ['\u0141', 'L'], ['\u0142', 'l'], ['\u0110', 'D'], ['\u0111', 'd'], ['\u0131', 'i'], ['\u0126', 'H'], ['\u0127', 'h'],
  ['\u014a', 'N'], ['\u014b', 'n'], ['\u0166', 'T'], ['\u0167', 't'],
]);

const FALLBACK = '?';

/**
 * Returns text the standard fonts can draw: line breaks are kept, other control and invisible characters are
 * dropped, unusual spaces become spaces, accented letters outside WinAnsi lose their accent ("ő" to "o"),
 * a few symbols become ASCII ("→" to "->"), and anything else becomes "?". "£", "€", "é" and "–" are kept.
 */
export function sanitiseForWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) out += sanitiseChar(char, true);
  return out;
}

function sanitiseChar(char: string, mayDecompose: boolean): string {
  if (char === '\n') return char;
  const replacement = REPLACEMENTS.get(char);
  if (replacement !== undefined) return replacement;
  const codePoint = char.codePointAt(0) ?? 0;
  if (isWinAnsi(codePoint)) return char;
  if (/[\p{Cc}\p{Cf}]/u.test(char)) return '';
  if (/\p{Zs}/u.test(char)) return ' ';
  if (mayDecompose) {
    // Compatibility decomposition: "ő" is "o" plus an accent, "ﬁ" is "fi", "²" is "2".
    const parts = Array.from(char.normalize('NFKD').replace(/\p{M}/gu, ''));
    if (parts.length > 0 && !(parts.length === 1 && parts[0] === char)) {
      const decomposed = parts.map((part) => sanitiseChar(part, false));
      if (!decomposed.includes(FALLBACK)) return decomposed.join('');
    }
  }
  return FALLBACK;
}
