// Tests for the A4 document renderer, read back with poppler: all text present, A4 pages, nothing off the page; PNGs for a person.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderA4Document, type A4Document, type DocumentBlock } from '../../../../shared/pdf/a4-document';

const outputFolder = join(process.cwd(), 'test-results', 'pdf');
const hasPoppler = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const popplerNote = hasPoppler ? '' : ' (skipped: poppler-utils is not installed)';

const VOCABULARY = (
  'the customer said their meter reading was estimated again although they had sent a photo of the meter on the first ' +
  'of the month so the bill was too high and they were charged a late payment fee which they want refunded together ' +
  'with an apology and a corrected statement showing the actual reading supplier broker contract renewal tariff'
).split(' ');

/** Deterministic prose: the same words every run, in a jumbled but readable order. */
function prose(words: number, seed: number): string {
  let x = seed;
  return Array.from({ length: words }, (_, i) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    const word = VOCABULARY[x % VOCABULARY.length] ?? 'word';
    return i % 17 === 16 ? `${word}.` : word;
  }).join(' ');
}

const PARAGRAPH_300 = prose(300, 1);
const UNBROKEN_2000 = Array.from({ length: 2000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]).join('');
const LONG_CELL_TOKEN = '#'.repeat(600);
const TABLE_ROWS = Array.from({ length: 12 }, (_, i) => [
  `${10 + i} Nov 2026`,
  i % 3 === 0 ? 'Letter sent to the customer by first class post' : 'Telephone call',
  i === 4 ? LONG_CELL_TOKEN : prose(10 + ((i * 13) % 70), i + 10),
  `£${(i * 37.5).toFixed(2)}`,
]);
const LIST_60 = Array.from({ length: 60 }, (_, i) => `Item ${i + 1} of 60: ${prose(4 + ((i * 7) % 30), i + 100)}`);

const longDocument: A4Document = {
  header: { companyName: 'JESQ Solutions Ltd', lines: ['Unit 4, Example Business Park, Leeds LS1 1AA', 'Telephone +44 (745) 051-5064', 'info@jesqsolutions.co.uk'] },
  title: 'Case summary C-2026-0001',
  footer: 'JESQ Solutions Ltd - Case pack for the Energy Ombudsman - Confidential',
  info: { subject: 'Complaint C-2026-0001', keywords: ['complaint', 'case pack'], createdAt: new Date('2026-11-24T10:00:00Z') },
  blocks: [
    { type: 'heading', text: 'Customer' },
    {
      type: 'keyValue',
      rows: [
        { key: 'Name', value: 'Mrs Siân O’Neill' },
        { key: 'Address', value: '12 Long Road\nLeeds\nLS1 1AA' },
        { key: 'Received', value: 'Mon 23 Nov 2026 10:00 by telephone → acknowledged Thu 26 Nov 2026' },
        { key: 'Amount in dispute', value: '£1,250.00 (“estimated” bill)' },
      ],
    },
    { type: 'heading', text: 'The complaint' },
    { type: 'paragraph', text: PARAGRAPH_300 },
    { type: 'heading', text: 'Meter serial numbers as supplied', level: 2 },
    { type: 'paragraph', text: UNBROKEN_2000 },
    { type: 'heading', text: 'Timeline' },
    {
      type: 'table',
      columns: [{ title: 'Date', width: 1.1 }, { title: 'Event', width: 1.6 }, { title: 'Detail', width: 3 }, { title: 'Amount', width: 0.9, align: 'right' }],
      rows: TABLE_ROWS,
    },
    { type: 'heading', text: 'Improvement actions' },
    { type: 'bullets', items: LIST_60 },
    { type: 'heading', text: 'Next steps', level: 2 },
    { type: 'bullets', numbered: true, items: ['Send the final response', 'Refund the late payment fee', 'Close the case'] },
  ],
};

const collapse = (text: string) => text.replace(/\s+/g, ' ');

let pdf: Uint8Array;
let pdfFile: string;
let pages: number;
let bodyText: string;

beforeAll(async () => {
  mkdirSync(outputFolder, { recursive: true });
  pdf = await renderA4Document(longDocument);
  pdfFile = join(outputFolder, 'long-document.pdf');
  writeFileSync(pdfFile, pdf);
  pages = (await PDFDocument.load(pdf)).getPageCount();
  if (hasPoppler) {
    const layout = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    // Without the running header and footer lines, text that continues over a page break reads on unbroken.
    bodyText = layout
      .split('\n')
      .filter((line) => !/Page \d+ of \d+/.test(line) && !/^\s*\f?JESQ Solutions Ltd\s+Case summary C-2026-0001\s*$/.test(line))
      .join('\n');
  }
});

describe('renderA4Document: a long document', () => {
  it('flows onto several pages', () => {
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasPoppler)(`has A4 pages${popplerNote}`, () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdfFile], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size).toEqual([595, 842]);
    expect(info).toMatch(/^Title:\s+Case summary C-2026-0001$/m);
    expect(info).toMatch(/^Author:\s+JESQ Solutions Ltd$/m);
    expect(info).toMatch(/^Creator:\s+Complaints Desk$/m);
  });

  it.skipIf(!hasPoppler)(`contains the 300-word paragraph and the 2,000-character word whole${popplerNote}`, () => {
    expect(collapse(bodyText)).toContain(PARAGRAPH_300);
    expect(bodyText.replace(/\s+/g, '')).toContain(UNBROKEN_2000);
  });

  it.skipIf(!hasPoppler)(`contains every word of every table cell${popplerNote}`, () => {
    const tokens = new Set(bodyText.split(/\s+/));
    for (const row of TABLE_ROWS) {
      for (const cell of row) {
        if (cell === LONG_CELL_TOKEN) continue;
        for (const word of cell.split(' ')) expect(tokens.has(word), `${word} from "${cell}"`).toBe(true);
      }
    }
    expect(bodyText.match(/#/g)).toHaveLength(LONG_CELL_TOKEN.length);
  });

  it.skipIf(!hasPoppler)(`contains all 60 list items in order${popplerNote}`, () => {
    const text = collapse(bodyText);
    let from = 0;
    for (const item of LIST_60) {
      const at = text.indexOf(`• ${item}`, from);
      expect(at, item).toBeGreaterThanOrEqual(0);
      from = at + item.length;
    }
  });

  it.skipIf(!hasPoppler)(`shows "Page n of N" on every page${popplerNote}`, () => {
    const layout = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const numbers = [...layout.matchAll(/Page (\d+) of (\d+)/g)].map((match) => `${match[1]}/${match[2]}`);
    expect(numbers).toEqual(Array.from({ length: pages }, (_, i) => `${i + 1}/${pages}`));
  });

  it.skipIf(!hasPoppler)(`keeps "£" and arrows as typed, and makes quotes plain${popplerNote}`, () => {
    expect(bodyText).toContain('£1,250.00 ("estimated" bill)');
    expect(bodyText).toContain('by telephone → acknowledged');
    expect(bodyText).toContain('Mrs Siân O\'Neill');
  });

  it.skipIf(!hasPoppler)(`puts every word inside the page margins${popplerNote}`, () => {
    const boxes = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    expect(words.length).toBeGreaterThan(1000);
    for (const [, xMin, yMin, xMax, yMax, word] of words) {
      const where = `${word} at ${xMin},${yMin}-${xMax},${yMax}`;
      expect(Number(xMin), where).toBeGreaterThanOrEqual(56);
      expect(Number(xMax), where).toBeLessThanOrEqual(595.28 - 56);
      expect(Number(yMin), where).toBeGreaterThanOrEqual(40);
      expect(Number(yMax), where).toBeLessThanOrEqual(841.89 - 30);
    }
  });

  it.skipIf(!hasPoppler)(`renders each page to a PNG in test-results/pdf for a person to look at${popplerNote}`, () => {
    for (const old of readdirSync(outputFolder).filter((name) => name.startsWith('long-document-'))) rmSync(join(outputFolder, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile, join(outputFolder, 'long-document')]);
    expect(readdirSync(outputFolder).filter((name) => /^long-document-\d+\.png$/.test(name))).toHaveLength(pages);
  });

  it('gives the same bytes for the same input', async () => {
    expect(await renderA4Document(longDocument)).toEqual(pdf);
  });
});

describe('renderA4Document: a letter', () => {
  const letter: A4Document = {
    header: { companyName: 'JESQ Solutions Ltd', lines: ['Telephone +44 (745) 051-5064', 'info@jesqsolutions.co.uk'] },
    title: 'Acknowledgement of your complaint',
    showTitle: false,
    blocks: [
      { type: 'paragraph', text: 'Mrs Siân O’Neill\n12 Long Road\nLeeds\nLS1 1AA' },
      { type: 'paragraph', text: '26 November 2026', align: 'right' },
      { type: 'paragraph', text: 'Our reference: C-2026-0001', style: 'bold' },
      { type: 'heading', text: 'Acknowledgement of your complaint', level: 2 },
      { type: 'paragraph', text: 'Dear Mrs O’Neill,' },
      { type: 'paragraph', text: prose(80, 5) },
      { type: 'paragraph', text: 'Yours sincerely,\n\n\nComplaints Team' },
      { type: 'paragraph', text: 'Cyrillic Текст, Greek Κείμενο and Welsh Tŷ Gwyn print as typed.', style: 'small' },
    ],
  };

  it.skipIf(!hasPoppler)(`fits on one page, date on the right, other alphabets as typed${popplerNote}`, async () => {
    const bytes = await renderA4Document(letter);
    const file = join(outputFolder, 'letter.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(outputFolder, 'letter')]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('Page 2');
    expect(text).toMatch(/^\s{40,}26 November 2026$/m);
    expect(text).toContain('Cyrillic Текст, Greek Κείμενο and Welsh Tŷ Gwyn print as typed.');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Title:\s+Acknowledgement of your complaint$/m);
  });
});

describe('renderA4Document: characters the font cannot show', () => {
  it.each([
    ['an emoji in a paragraph', { type: 'paragraph', text: 'Thanks 🙂 for your help' }, '"🙂" (U+1F642)', 'Thanks 🙂 for your help'],
    ['Chinese in a table cell', { type: 'table', columns: [{ title: 'Note' }], rows: [['Customer wrote 投诉']] }, '"投" (U+6295)', 'Customer wrote 投诉'],
  ] satisfies [string, DocumentBlock, string, string][])('refuses %s, naming the character and where it is', async (_, block, named, context) => {
    const rendering = renderA4Document({ header: { companyName: 'JESQ Solutions Ltd', lines: [] }, title: 'Refused', blocks: [block] });
    await expect(rendering).rejects.toThrow(`${named} cannot be printed: the documents' font has no such character. Change it where it says "${context}".`);
  });

  it.skipIf(!hasPoppler)(`prints invisible characters as nothing and unusual spaces as spaces, never refusing them${popplerNote}`, async () => {
    const bytes = await renderA4Document({
      header: { companyName: 'JESQ Solutions Ltd', lines: [] },
      title: 'Invisible',
      blocks: [{ type: 'paragraph', text: 'zero\u200Bwidth\u00A0and\u2003a\u0007bell' }],
    });
    mkdirSync(outputFolder, { recursive: true });
    const file = join(outputFolder, 'invisible.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('zerowidth and abell');
  });
});

describe('renderA4Document: edge cases', () => {
  it.each<[string, DocumentBlock[]]>([
    ['no blocks', []],
    ['empty text everywhere', [{ type: 'paragraph', text: '' }, { type: 'bullets', items: [''] }, { type: 'table', columns: [{ title: '' }], rows: [['']] }, { type: 'keyValue', rows: [] }]],
    ['page breaks and spacers', [{ type: 'pageBreak' }, { type: 'spacer', height: 2000 }, { type: 'pageBreak' }, { type: 'paragraph', text: 'after' }]],
    ['a heading at the foot of a page', [{ type: 'spacer', height: 640 }, { type: 'heading', text: 'Kept with what follows' }, { type: 'paragraph', text: prose(50, 3) }]],
  ])('renders %s', async (_, blocks) => {
    const bytes = await renderA4Document({ header: { companyName: 'JESQ Solutions Ltd', lines: [] }, title: 'Edge case', blocks });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('keeps a heading off the foot of a page', async () => {
    const bytes = await renderA4Document({
      header: { companyName: 'JESQ Solutions Ltd', lines: [] },
      title: 'Edge case',
      blocks: [{ type: 'spacer', height: 630 }, { type: 'heading', text: 'Kept with what follows' }, { type: 'paragraph', text: prose(50, 3) }],
    });
    if (!hasPoppler) return;
    const file = join(outputFolder, 'heading-at-foot.pdf');
    writeFileSync(file, bytes);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(firstPage).not.toContain('Kept with what follows');
  });

  it('refuses a table with a column too narrow to print', async () => {
    const columns = [{ title: 'Wide', width: 50 }, { title: 'Thin', width: 1 }];
    await expect(renderA4Document({ header: { companyName: 'X', lines: [] }, title: 'T', blocks: [{ type: 'table', columns, rows: [['a', 'b']] }] })).rejects.toThrow(
      'Table column 2 is too narrow to print',
    );
  });

  it('refuses a table row with the wrong number of cells', async () => {
    await expect(
      renderA4Document({ header: { companyName: 'X', lines: [] }, title: 'T', blocks: [{ type: 'table', columns: [{ title: 'A' }, { title: 'B' }], rows: [['only one']] }] }),
    ).rejects.toThrow('Table row 1 has 1 cells but the table has 2 columns');
  });
});
