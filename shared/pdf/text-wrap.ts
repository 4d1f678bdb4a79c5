// Splits text into lines no wider than a given width, breaking words that are too long to fit on any line.

/** Width of a piece of text in points; must be additive (no kerning), so words can be measured separately. */
export type MeasureText = (text: string) => number;

/**
 * Greedy line breaking at spaces. "\n" forces a new line (an empty line stays empty); runs of spaces collapse; a
 * non-breaking space never breaks. A word wider than the line is cut between characters, without a hyphen, so a
 * reference number or an address comes through whole when the lines are joined again. Every line fits maxWidth
 * unless a single character is wider than it, and then that character has a line of its own.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  for (const hardLine of text.split('\n')) {
    const words = hardLine.split(' ').filter((word) => word !== '');
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

/** Cuts a word into pieces that each fit, at least one character per piece so the loop always advances. */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece && width + charWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += charWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
