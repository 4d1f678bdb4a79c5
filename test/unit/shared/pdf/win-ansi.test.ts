// Tests for the WinAnsi text clean-up: worked examples, and that any text at all comes out drawable.
import fc from 'fast-check';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWinAnsi, sanitiseForWinAnsi } from '../../../../shared/pdf/win-ansi';

let helvetica: PDFFont;
beforeAll(async () => {
  helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
});

describe('sanitiseForWinAnsi', () => {
  it.each([
    ['plain ASCII', 'Plain text 123', 'Plain text 123'],
    ['pounds and euros', '£1,250.00 or €30', '£1,250.00 or €30'],
    ['accented Latin-1 names', 'Siân Müller-Ñúñez', 'Siân Müller-Ñúñez'],
    ['dashes, bullets and ellipses WinAnsi has', 'a – b — c • d …', 'a – b — c • d …'],
    ['curly quotes', '‘single’ “double” „low“', '\'single\' "double" "low"'],
    ['arrows and comparisons', 'a → b ← c ⇒ d ≤ 5 ≥ 3 ≠ 4', 'a -> b <- c => d <= 5 >= 3 != 4'],
    ['accents outside WinAnsi', 'Erdős Łódź Dvořák', 'Erdos Lódz Dvorák'],
    ['ligatures and superscripts', 'ﬁle ﬂow m²', 'file flow m²'],
    ['decomposed accents', 'Cafe\u0301', 'Café'],
    ['unusual spaces', 'a\u2009b\u202fc\u3000d', 'a b c d'],
    ['non-breaking space kept', 'Mr\u00a0Smith', 'Mr\u00a0Smith'],
    ['invisible characters dropped', 'in\u200bvis\u200dible\u00ad\ufeff', 'invisible'],
    ['control characters dropped', 'a\u0000b\u0007c\u001b', 'abc'],
    ['tabs as spaces', 'a\tb', 'a    b'],
    ['line breaks kept, Windows and old Mac ones too', 'a\r\nb\rc\nd\u2028e', 'a\nb\nc\nd\ne'],
    ['emoji, Cyrillic and Chinese as "?"', '🙂 Жж 投诉', '? ?? ??'],
  ])('%s', (_, input, expected) => {
    expect(sanitiseForWinAnsi(input)).toBe(expected);
  });

  it('agrees with pdf-lib about which characters Helvetica has', () => {
    const characterSet = new Set(helvetica.getCharacterSet());
    for (let codePoint = 0; codePoint < 0x2200; codePoint++) expect(isWinAnsi(codePoint), codePoint.toString(16)).toBe(characterSet.has(codePoint));
  });

  it('always returns text that pdf-lib can draw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const clean = sanitiseForWinAnsi(text);
        for (const line of clean.split('\n')) expect(() => helvetica.encodeText(line)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
