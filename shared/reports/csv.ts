// Writing CSV (RFC 4180): quoted where needed, CRLF line ends, and text that a spreadsheet would run as a formula defused.
export type CsvValue = string | number;

/** Characters that make a spreadsheet treat a cell as a formula (or, for tab and CR, hide where it starts). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that Excel or
 * LibreOffice shows it rather than running it (CSV injection); numbers are written as they are. A cell holding a
 * comma, a double quote, CR or LF is quoted, with its quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`A CSV number must be finite, not ${value}`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV document, each line ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
