// Text as it is drawn in a PDF: every letter as typed, invisible characters dropped, and a clear refusal naming any
// character the document font cannot show (never a silent "?" or a letter without its accent).

/**
 * Curly quotes become straight ones, so the PDF and the e-mail text of a letter read the same and a search for a
 * quoted phrase finds it; tabs and unusual spaces become spaces; control and invisible format characters go.
 */
const REPLACEMENTS = new Map<string, string>([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201a', "'"], ['\u201b', "'"], ['\u2032', "'"],
  ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['\u201f', '"'], ['\u2033', '"'],
  ['\t', '    '], ['\u2028', '\n'], ['\u2029', '\n'], ['\u00ad', ''],
]);

export function printableText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (char === '\n') out += char;
    else if (REPLACEMENTS.has(char)) out += REPLACEMENTS.get(char) ?? '';
    else if (/\p{Zs}/u.test(char)) out += ' ';
    else if (!/[\p{Cc}\p{Cf}]/u.test(char)) out += char;
  }
  return out;
}

/** Thrown when a document holds a character its font has no glyph for; the message names it and where it is. */
export class UnprintableCharacterError extends Error {
  constructor(
    readonly character: string,
    readonly context: string,
  ) {
    super(
      `"${character}" (${codePointName(character)}) cannot be printed: the documents' font has no such character. ` +
        `Change it where it says "${context}".`,
    );
    this.name = 'UnprintableCharacterError';
  }
}

function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `text` (already printable) that the font cannot show, with a few words around it. */
export function firstUnprintable(text: string, hasGlyph: (codePoint: number) => boolean): { character: string; context: string } | undefined {
  const chars = Array.from(text);
  const index = chars.findIndex((char) => char !== '\n' && !hasGlyph(char.codePointAt(0) ?? 0));
  if (index === -1) return undefined;
  const context = chars.slice(Math.max(0, index - 20), index + 21).join('').replace(/\s+/g, ' ').trim();
  return { character: chars[index] ?? '', context };
}
