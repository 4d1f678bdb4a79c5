// Renders every letter to PDF and reads it back with poppler: A4 pages, every word present, no text outside the page;
// each page saved as PNG in test-results/letters/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterKinds, letterPdf, letterText, type Letter, type LetterKind } from '../../../../shared/letters';
import { caseAt } from '../../../fixtures/cases';
import { letterFor } from './letter-fixtures';

const outputFolder = join(process.cwd(), 'test-results', 'letters');
const A4 = { width: 595.28, height: 841.89 };
// The page's margins in points (a4-document.ts): text must sit inside them, never cut at the paper's edge.
const MARGIN = { left: 56, right: 56, top: 40, bottom: 30 };

const LONG_NATURE = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1}: the estimated bill ignored the photographed meter reading sent on time.`).join(' ');

const cases: Record<LetterKind, { stage: Parameters<typeof caseAt>[0]; sentAt: string; overrides?: Parameters<typeof caseAt>[1] }> = {
  // A long complaint summary, so the acknowledgement runs onto a second page.
  acknowledgement: { stage: 'received', sentAt: '2026-11-24T09:30:00.000Z', overrides: { nature: LONG_NATURE } },
  'information-request': { stage: 'under-review', sentAt: '2026-11-25T10:00:00.000Z' },
  'written-confirmation-request': { stage: 'acknowledged', sentAt: '2026-11-24T11:00:00.000Z' },
  'delay-notice': { stage: 'investigating', sentAt: '2026-12-04T12:00:00.000Z' },
  'final-response': { stage: 'investigating', sentAt: '2026-12-04T12:00:00.000Z' },
  'deadlock-letter': { stage: 'responded', sentAt: '2026-12-08T12:00:00.000Z', overrides: { customerAcceptance: { answer: 'deadlock', on: '2026-12-08', recordedById: 'user-agent' } } },
  'eight-week-letter': { stage: 'investigating', sentAt: '2027-01-18T10:00:00.000Z' },
  'escalation-outcome': { stage: 'responded', sentAt: '2026-12-10T12:00:00.000Z' },
};

interface Rendered {
  letter: Letter;
  file: string;
  pages: { width: number; height: number }[];
  words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number; page: number }[];
  text: string;
}

const rendered = new Map<LetterKind, Rendered>();

function pageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Each word's box from `pdftotext -bbox` (points, from the top left of its page). */
function wordBoxes(file: string): Rendered['words'] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Rendered['words'] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '', page: index + 1 });
    }
  });
  return words;
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

beforeAll(async () => {
  rmSync(outputFolder, { recursive: true, force: true });
  mkdirSync(outputFolder, { recursive: true });
  for (const kind of letterKinds) {
    const { stage, sentAt, overrides } = cases[kind];
    const letter = letterFor(kind, caseAt(stage, overrides), sentAt);
    const file = join(outputFolder, `${kind}.pdf`);
    writeFileSync(file, await letterPdf(letter));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outputFolder, kind)]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    rendered.set(kind, { letter, file, pages: pageSizes(file), words: wordBoxes(file), text });
  }
}, 60_000);

function get(kind: LetterKind): Rendered {
  const r = rendered.get(kind);
  if (!r) throw new Error(`${kind} was not rendered`);
  return r;
}

describe.each(letterKinds)('the %s as a PDF', (kind) => {
  it('has A4 pages', () => {
    const { pages } = get(kind);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 1);
      expect(page.height).toBeCloseTo(A4.height, 1);
    }
  });

  it('is saved as one PNG per page', () => {
    const pngs = readdirSync(outputFolder).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.png'));
    expect(pngs).toHaveLength(get(kind).pages.length);
  });

  it('keeps every word inside the page margins: nothing is clipped', () => {
    const { words } = get(kind);
    expect(words.length).toBeGreaterThan(50);
    const outside = words.filter((w) => w.xMin < MARGIN.left - 1 || w.xMax > A4.width - MARGIN.right + 1 || w.yMin < MARGIN.top || w.yMax > A4.height - MARGIN.bottom);
    expect(outside).toEqual([]);
  });

  it('contains every word of the letter, in order', () => {
    const { letter, words } = get(kind);
    const pdfWords = words.map((w) => decode(w.text));
    const printed = [...letter.recipient, letter.date, `Our reference: ${letter.reference}`, letter.subject, letter.greeting, ...letter.paragraphs, ...letter.signOff];
    let at = 0;
    // In order, allowing for the running header and footer lines a page break puts between them.
    for (const word of printed.join(' ').split(/\s+/).filter(Boolean)) {
      const found = pdfWords.indexOf(word, at);
      expect(found, `"${word}" of the ${kind}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('says the same as the email text, apart from the letterhead', () => {
    const { letter, text } = get(kind);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const paragraph of letter.paragraphs) {
      if (get(kind).pages.length === 1) expect(flat(text)).toContain(flat(paragraph));
      expect(letterText(letter)).toContain(paragraph);
    }
  });

  it('prints the company letterhead and the subject', () => {
    const { text, letter } = get(kind);
    expect(text).toContain('JESQ Solutions');
    expect(text).toContain('Telephone +44 (745) 051-5064');
    expect(text).toContain(letter.subject);
  });
});

it('the long acknowledgement flows onto a second page with its running header', () => {
  const { pages, text } = get('acknowledgement');
  expect(pages.length).toBe(2);
  expect(text).toMatch(/Page 2 of 2/);
});
