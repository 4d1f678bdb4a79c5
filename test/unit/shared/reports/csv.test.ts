// CSV cells and documents: RFC 4180 quoting, and text a spreadsheet would run as a formula defused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../../shared/reports';
import { parseCsv } from './csv-parse';

describe('csvCell', () => {
  it.each([
    ['Billing', 'Billing'],
    ['', ''],
    ['Contract, renewal', '"Contract, renewal"'],
    ['She said "no"', '"She said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 745 051 5064', "'+44 745 051 5064"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ['£42.50', '£42.50'],
  ])('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    [0, '0'],
    [42, '42'],
    [0.75, '0.75'],
  ])('writes the number %d as %s', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('refuses a number that is not finite', () => {
    expect(() => csvCell(Number.NaN)).toThrow('A CSV number must be finite, not NaN');
  });
});

describe('csvDocument', () => {
  it('ends every line with CRLF, blank lines included', () => {
    expect(csvDocument([['a', 1], [], ['b,c']])).toBe('a,1\r\n\r\n"b,c"\r\n');
  });

  it('reads back as the same cells, with formula starts defused and nothing else changed', () => {
    // Characters that matter to CSV and spreadsheets, mixed with ordinary ones and non-ASCII text.
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '£', 'é', '名', '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'");
    const cell = fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const read = parseCsv(csvDocument(rows));
        const expected = rows.map((row) => row.map((v) => (typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        return JSON.stringify(read) === JSON.stringify(expected);
      }),
    );
  });

  it('never starts a cell with a formula character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 5 }), (row) => {
        return (parseCsv(csvDocument([row]))[0] ?? []).every((cell) => !/^[=+\-@\t\r]/.test(cell));
      }),
    );
  });
});
