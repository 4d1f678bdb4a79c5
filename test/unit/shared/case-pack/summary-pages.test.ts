// Renders summary.pdf of fixture packs to PNG with poppler (saved in test-results/case-pack/) and checks every page is A4 with no text cut off.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CasePackRequest } from '../../../../shared/case-pack/pack-contents';
import { packRequestAt } from '../../../fixtures/case-packs';
import { makeSoundPack } from './pack-reading';

const OUT = join('test-results', 'case-pack');
const A4 = { width: 595.28, height: 841.89 };
const SIDE_MARGIN = 28;

/** A case with long free text everywhere, so tables and paragraphs wrap and run over several pages. */
function wordyRequest(): CasePackRequest {
  const request = packRequestAt('closed', { aboutStaff: true });
  const nature = `The customer says the renewal on 20/11/2026 doubled the standing charge. ${'They asked for an itemised bill, a callback and a written explanation of every charge since the renewal. '.repeat(12)}`;
  return { ...request, caseRecord: { ...request.caseRecord, nature: nature.trim() } };
}

interface Word {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

function wordsByPage(pdfFile: string): { width: number; height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5] ?? '',
    }));
    return { width: Number(size?.[1]), height: Number(size?.[2]), words };
  });
}

describe('summary.pdf, rendered', () => {
  it.each([
    ['closed', () => packRequestAt('closed')],
    ['staff-wordy', wordyRequest],
    ['received', () => packRequestAt('received')],
  ] as const)('%s: every page is A4, saved as PNG, and no word runs off the page', async (name, request) => {
    const { files } = await makeSoundPack(request());
    const folder = join(OUT, name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const pdfFile = join(folder, 'summary.pdf');
    writeFileSync(pdfFile, files.get('summary.pdf') ?? new Uint8Array());

    execFileSync('pdftoppm', ['-png', '-r', '72', pdfFile, join(folder, 'page')]);
    const pngs = readdirSync(folder).filter((f) => f.endsWith('.png')).sort();
    const pages = wordsByPage(pdfFile);
    expect(pngs.length).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(0);
    for (const png of pngs) {
      const bytes = readFileSync(join(folder, png));
      // PNG IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20; poppler rounds A4 at 72 dpi up to 596 x 842.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([596, 842]);
    }
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 1);
      expect(page.height).toBeCloseTo(A4.height, 1);
      const outside = page.words.filter((w) => w.xMin < SIDE_MARGIN || w.xMax > page.width - SIDE_MARGIN || w.yMin < 0 || w.yMax > page.height);
      expect(outside).toEqual([]);
    }
  });

  it('keeps long text whole across lines and pages', async () => {
    const request = wordyRequest();
    const { files } = await makeSoundPack(request);
    const folder = join(OUT, 'staff-wordy-text');
    mkdirSync(folder, { recursive: true });
    const pdfFile = join(folder, 'summary.pdf');
    writeFileSync(pdfFile, files.get('summary.pdf') ?? new Uint8Array());
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(request.caseRecord.nature.replace(/\s+/g, ' '));
    expect(wordsByPage(pdfFile).length).toBeGreaterThan(2);
  });
});
