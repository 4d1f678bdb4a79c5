// Tests for the manifest schema, builder and reader.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCasePackManifest,
  encodeManifest,
  isExtractablePath,
  readManifest,
  type CasePackFileRecord,
  type CasePackManifestHeader,
} from '../../../../shared/case-pack/manifest';

const header: CasePackManifestHeader = {
  caseReference: 'C-2026-0001',
  createdAt: '2026-11-24T10:00:00+00:00',
  createdBy: { role: 'Complaints manager' },
  recipient: { name: 'Energy Ombudsman', reference: 'OMB-12345' },
  disclosureBasis: { basis: 'consent', detail: 'Consent given by telephone on 20 Nov 2026' },
  timelineHead: { sha256: '0123456789abcdef'.repeat(4), eventCount: 3 },
};

const file = (path: string, kind: CasePackFileRecord['kind']): CasePackFileRecord => ({ path, kind, size: 10, sha256: 'f'.repeat(64) });
const files = [file('summary.pdf', 'summary'), file('case.json', 'case-data'), file('letters/a.pdf', 'letter'), file('attachments/b.jpg', 'attachment')];

describe('buildCasePackManifest', () => {
  it('fills in the format and keeps the files in order', () => {
    const manifest = buildCasePackManifest(header, files);
    expect(manifest).toEqual({ format: 'complaints-desk-case-pack', formatVersion: 1, ...header, files });
    expect(Object.keys(manifest)[0]).toBe('format');
  });

  it.each([
    ['no summary', files.slice(1), /exactly one summary file \(found 0\)/],
    ['two case files', [...files, file('case2.json', 'case-data')], /exactly one case-data file \(found 2\)/],
    ['a repeated name differing in case', [...files, file('Letters/A.pdf', 'letter')], /Letters\/A.pdf is listed more than once/],
    ['itself', [...files, file('manifest.json', 'attachment')], /cannot list itself/],
    ['a path escaping the folder', [...files, file('../x.pdf', 'letter')], /not a safe relative file name/],
  ])('refuses a file list with %s', (_, list, message) => {
    expect(() => buildCasePackManifest(header, list)).toThrow(message);
  });

  it.each([
    ['an empty reference', { caseReference: '' }],
    ['a date without a time zone', { createdAt: '2026-11-24T10:00:00' }],
    ['a date that is not a date', { createdAt: 'Tuesday' }],
    ['no role', { createdBy: { role: '' } }],
    ['an unknown disclosure basis', { disclosureBasis: { basis: 'asked nicely', detail: 'x' } }],
    ['a timeline head that is not SHA-256', { timelineHead: { sha256: 'abc', eventCount: 1 } }],
    ['an empty timeline', { timelineHead: { sha256: 'f'.repeat(64), eventCount: 0 } }],
  ])('refuses a header with %s', (_, change) => {
    expect(() => buildCasePackManifest({ ...header, ...change } as CasePackManifestHeader, files)).toThrow();
  });
});

describe('encodeManifest and readManifest', () => {
  it('round-trips through readable, indented JSON', () => {
    const manifest = buildCasePackManifest(header, files);
    const bytes = encodeManifest(manifest);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('{\n  "format": "complaints-desk-case-pack",\n  "formatVersion": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readManifest(bytes)).toEqual({ ok: true, value: manifest });
  });

  it('accepts a byte-order mark added by an editor', () => {
    const manifest = buildCasePackManifest(header, files);
    expect(readManifest(strToU8(`\uFEFF${JSON.stringify(manifest)}`))).toMatchObject({ ok: true });
  });

  it('explains at most ten problems and counts the rest', () => {
    const broken = { ...buildCasePackManifest(header, files), files: Array.from({ length: 14 }, (_, i) => ({ path: `f${i}`, size: -1, sha256: 'x', kind: 'letter' })) };
    const result = readManifest(strToU8(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(11);
    expect(result.problems[0]).toBe('manifest.json is not valid (files[0].size): Too small: expected number to be >=0');
    expect(result.problems[10]).toMatch(/^manifest.json has \d+ more problems not listed$/);
  });
});

describe('isExtractablePath', () => {
  it.each([
    ['summary.pdf', true],
    ['attachments/Siân’s bill.docx', true],
    ['attachments/a (2).jpg', true],
    ['', false],
    ['/etc/passwd', false],
    ['a/../../b', false],
    ['./a', false],
    ['a//b', false],
    ['a\\b', false],
    ['C:evil', false],
    ['file.txt:stream', false],
    ['bad\u0000name', false],
  ])('%j: %s', (path, expected) => {
    expect(isExtractablePath(path)).toBe(expected);
  });
});
