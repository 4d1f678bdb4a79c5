// A strict RFC 4180 reader for the tests: what a spreadsheet would read back from the CSV the app writes.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('Unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else {
          cell += text[i];
          i += 1;
        }
      }
      i += 1;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`Text after a closing quote at ${i}`);
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`A bare CR at ${i}`);
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '\n') throw new Error(`A bare LF at ${i}`);
    else if (ch === '"') throw new Error(`A quote inside an unquoted cell at ${i}`);
    else {
      cell += ch;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('The last line has no CRLF');
  return rows;
}
