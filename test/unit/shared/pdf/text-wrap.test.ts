// Tests for line wrapping: worked examples with one-unit-wide characters, and invariants for any text and width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/pdf/text-wrap';

/** Every character one unit wide, so widths read as character counts. */
const monospace = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['fits on one line', 'short text', 20, ['short text']],
    ['breaks at spaces', 'aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['fills a line exactly', 'aaa bbb', 7, ['aaa bbb']],
    ['collapses runs of spaces', 'a   b    c', 20, ['a b c']],
    ['keeps hard line breaks and empty lines', 'a\n\nb', 20, ['a', '', 'b']],
    ['empty text is one empty line', '', 10, ['']],
    ['cuts a word longer than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['starts a long word on a new line', 'xy abcdefghij', 4, ['xy', 'abcd', 'efgh', 'ij']],
    ['continues after a cut word', 'abcdefghij kl', 4, ['abcd', 'efgh', 'ij', 'kl']],
    ['never breaks a non-breaking space', 'Mr\u00a0Smith wrote', 8, ['Mr\u00a0Smith', 'wrote']],
    ['keeps surrogate pairs whole', '😀😀😀', 2, ['😀😀', '😀']],
    ['gives a too-wide character its own line', 'abc', 0.5, ['a', 'b', 'c']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapText(text, width, monospace)).toEqual(lines);
  });

  it('keeps every line within the width and loses no text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'W', ' ', ' ', '\n', '-', 'é'), maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (text, width) => {
          const lines = wrapText(text, width, monospace);
          for (const line of lines) {
            expect(monospace(line)).toBeLessThanOrEqual(width);
            expect(line).not.toMatch(/^ | $/);
          }
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          expect(lines.length).toBeGreaterThanOrEqual(text.split('\n').length);
        },
      ),
    );
  });
});
