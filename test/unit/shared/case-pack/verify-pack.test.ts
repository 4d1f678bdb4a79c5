// Tests for verifyPack and its command line: a sound pack passes; every kind of change, loss or damage is named plainly.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CasePackManifest, CasePackManifestHeader } from '../../../../shared/case-pack/manifest';
import { verifyPack, type VerifyPackOptions } from '../../../../shared/case-pack/verify-pack';
import { readZipStream } from '../../../../shared/case-pack/zip-reader';
import { writeCasePack, type CasePackEntry } from '../../../../shared/case-pack/zip-writer';
import { renderA4Document } from '../../../../shared/pdf/a4-document';

const folder = mkdtempSync(join(tmpdir(), 'case-pack-verify-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const header: CasePackManifestHeader = {
  caseReference: 'C-2026-0001',
  createdAt: '2026-11-24T10:00:00Z',
  createdBy: { role: 'Complaints manager' },
  recipient: { name: 'Energy Ombudsman' },
  disclosureBasis: { basis: 'lawful-reason', detail: 'Referral requested by the Energy Ombudsman under its terms of reference' },
  timelineHead: { sha256: 'cd'.repeat(32), eventCount: 9 },
};
const mtime = new Date('2026-11-24T10:00:00Z');

const caseData = { reference: 'C-2026-0001', customer: { name: 'Mrs Siân O’Neill' }, timelineHead: 'cd'.repeat(32) };

async function buildPack(overrides: Partial<Record<string, Uint8Array>> = {}): Promise<{ zip: Uint8Array; manifest: CasePackManifest }> {
  const pdf = (title: string) => renderA4Document({ header: { companyName: 'JESQ Solutions Ltd', lines: ['info@jesqsolutions.co.uk'] }, title, blocks: [{ type: 'paragraph', text: title }] });
  const photo = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
  photo.set([0xff, 0xd8, 0xff, 0xe0]);
  const files: [CasePackEntry['kind'], string, Uint8Array][] = [
    ['summary', 'summary.pdf', await pdf('Case summary C-2026-0001')],
    ['case-data', 'case.json', strToU8(JSON.stringify(caseData, null, 2))],
    ['letter', 'letters/acknowledgement.pdf', await pdf('Acknowledgement of your complaint')],
    ['attachment', 'attachments/meter-photo.jpg', photo],
    ['attachment', 'attachments/call-notes.txt', strToU8('Customer called about the estimated bill.\n'.repeat(200))],
  ];
  const chunks: Uint8Array[] = [];
  const { manifest } = await writeCasePack(
    header,
    files.map(([kind, path, bytes]) => ({ kind, path, bytes: overrides[path] ?? bytes })),
    (chunk) => void chunks.push(chunk.slice()),
  );
  return { zip: concat(chunks), manifest };
}

function flipBit(bytes: Uint8Array, at: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

/** What someone does with a ZIP tool: take the files out, change them, put them back in a new ZIP. */
function rezip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  change(files);
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) zippable[path] = bytes;
  return zipSync(zippable, { mtime });
}

let pack: { zip: Uint8Array; manifest: CasePackManifest };
beforeAll(async () => {
  pack = await buildPack();
});

const problemsOf = async <T,>(source: Parameters<typeof verifyPack>[0], options?: VerifyPackOptions<T>) => {
  const result = await verifyPack(source, options);
  return result.ok ? [] : result.problems;
};

describe('verifyPack on a sound pack', () => {
  it('passes from bytes, from chunks and streamed from disk', async () => {
    const file = join(folder, 'sound.zip');
    writeFileSync(file, pack.zip);
    expect(await verifyPack(pack.zip)).toEqual({ ok: true, manifest: pack.manifest, files: pack.manifest.files.map((f) => ({ path: f.path, status: 'ok' })) });
    expect(await verifyPack([pack.zip.subarray(0, 1000), pack.zip.subarray(1000)])).toMatchObject({ ok: true });
    expect(await verifyPack(createReadStream(file, { highWaterMark: 4096 }))).toMatchObject({ ok: true });
  });

  it('passes when another ZIP tool has repacked the same files', async () => {
    expect(await problemsOf(rezip(pack.zip, () => undefined))).toEqual([]);
  });

  it('checks case.json against the case schema and the caller’s cross-checks', async () => {
    const caseSchema = z.object({ reference: z.string(), customer: z.object({ name: z.string() }), timelineHead: z.string() });
    expect(await problemsOf(pack.zip, { caseSchema })).toEqual([]);
    expect(
      await problemsOf(pack.zip, {
        caseSchema,
        checkCaseData: (data, manifest) =>
          data.timelineHead === manifest.timelineHead.sha256 && data.reference === manifest.caseReference ? [] : ['case.json is for a different case'],
      }),
    ).toEqual([]);
    expect(await problemsOf(pack.zip, { caseSchema, checkCaseData: () => ['case.json does not match the manifest’s timeline head'] })).toEqual([
      'case.json does not match the manifest’s timeline head',
    ]);
    const stricter = z.object({ reference: z.string(), customer: z.object({ name: z.string(), email: z.email() }) });
    expect(await problemsOf(pack.zip, { caseSchema: stricter })).toEqual([
      'case.json is not valid (customer.email): Invalid input: expected string, received undefined',
    ]);
  });
});

describe('verifyPack finds changes', () => {
  it.each(['summary.pdf', 'case.json', 'letters/acknowledgement.pdf', 'attachments/meter-photo.jpg', 'attachments/call-notes.txt'])(
    'a changed byte in %s, repacked with a ZIP tool',
    async (path) => {
      const changed = rezip(pack.zip, (files) => {
        const bytes = files[path];
        if (!bytes) throw new Error(`no ${path}`);
        flipBit(bytes, Math.floor(bytes.length / 2));
      });
      expect(await problemsOf(changed)).toEqual([`${path} was changed: its SHA-256 does not match the manifest`]);
    },
  );

  it.each(['summary.pdf', 'case.json', 'letters/acknowledgement.pdf', 'attachments/meter-photo.jpg', 'attachments/call-notes.txt', 'manifest.json'])(
    'a changed byte inside the ZIP in %s',
    async (path) => {
      const { entries } = await readZipStream(pack.zip, () => undefined);
      const entry = entries.find((candidate) => candidate.name === path);
      if (!entry) throw new Error(`no ${path}`);
      const view = new DataView(pack.zip.buffer, pack.zip.byteOffset);
      const dataStart = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
      const damaged = pack.zip.slice();
      flipBit(damaged, dataStart + Math.floor(entry.compressedSize / 2));
      const problems = await problemsOf(damaged);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toContain(path);
      // Stored files come out readable but different, which the manifest names as a change.
      if (entry.method === 0) expect(problems).toEqual([`${path} was changed: its SHA-256 does not match the manifest`]);
    },
  );

  it('a file that grew', async () => {
    const changed = rezip(pack.zip, (files) => {
      files['attachments/call-notes.txt'] = concat([files['attachments/call-notes.txt'] ?? new Uint8Array(), strToU8('!')]);
    });
    const size = pack.manifest.files.find((file) => file.path === 'attachments/call-notes.txt')?.size ?? 0;
    expect(await problemsOf(changed)).toEqual([`attachments/call-notes.txt was changed: it is ${size + 1} bytes but the manifest says ${size}`]);
  });

  it('a missing file', async () => {
    const changed = rezip(pack.zip, (files) => delete files['letters/acknowledgement.pdf']);
    expect(await problemsOf(changed)).toEqual(['letters/acknowledgement.pdf is listed in the manifest but missing from the pack']);
  });

  it('an extra file', async () => {
    const changed = rezip(pack.zip, (files) => {
      files['attachments/extra.txt'] = strToU8('added later');
    });
    expect(await problemsOf(changed)).toEqual(['attachments/extra.txt is in the pack but not listed in the manifest']);
  });

  it('a renamed file', async () => {
    const changed = rezip(pack.zip, (files) => {
      files['attachments/Meter-Photo.jpg'] = files['attachments/meter-photo.jpg'] ?? new Uint8Array();
      delete files['attachments/meter-photo.jpg'];
    });
    expect(await problemsOf(changed)).toEqual([
      'attachments/meter-photo.jpg is listed in the manifest but missing from the pack',
      'attachments/Meter-Photo.jpg is in the pack but not listed in the manifest',
    ]);
  });

  it('case.json that is not JSON, even with a matching manifest', async () => {
    const { zip } = await buildPack({ 'case.json': strToU8('{"reference": "C-2026-0001",') });
    expect(await problemsOf(zip)).toEqual(['case.json is not valid JSON, so it cannot be read']);
  });
});

describe('verifyPack on a bad manifest', () => {
  const withManifest = (text: string) => rezip(pack.zip, (files) => void (files['manifest.json'] = strToU8(text)));
  const manifestText = () => JSON.stringify(pack.manifest, null, 2);

  it('missing', async () => {
    const changed = rezip(pack.zip, (files) => delete files['manifest.json']);
    expect(await problemsOf(changed)).toEqual(['manifest.json is missing: this is not a Complaints Desk case pack']);
  });

  it('not JSON', async () => {
    expect(await problemsOf(withManifest(manifestText().slice(0, -20)))).toEqual(['manifest.json is not valid JSON, so it cannot be read']);
  });

  it.each([
    ['another format', (m: Record<string, unknown>) => ({ ...m, format: 'something-else' }), 'manifest.json is not valid (format): Invalid input: expected "complaints-desk-case-pack"'],
    ['a later version', (m: Record<string, unknown>) => ({ ...m, formatVersion: 2 }), 'manifest.json is not valid (formatVersion): Invalid input: expected 1'],
    ['no timeline head', (m: Record<string, unknown>) => ({ ...m, timelineHead: undefined }), 'manifest.json is not valid (timelineHead): Invalid input: expected object, received undefined'],
    [
      'a malformed SHA-256',
      (m: Record<string, unknown>) => ({ ...m, files: pack.manifest.files.map((file, i) => (i ? file : { ...file, sha256: file.sha256.toUpperCase() })) }),
      'manifest.json is not valid (files[0].sha256): must be a SHA-256 written as 64 lowercase hexadecimal characters',
    ],
    [
      'a path outside the pack',
      (m: Record<string, unknown>) => ({ ...m, files: [...pack.manifest.files, { path: '../evil.txt', size: 1, sha256: '0'.repeat(64), kind: 'attachment' }] }),
      'manifest.json is not valid (files[5].path): is not a safe relative file name',
    ],
  ])('%s', async (_, change, problem) => {
    const edited = change(JSON.parse(manifestText()) as Record<string, unknown>);
    expect(await problemsOf(withManifest(JSON.stringify(edited)))).toEqual([problem]);
  });

  it('a manifest that lists a file twice', async () => {
    const edited = { ...pack.manifest, files: [...pack.manifest.files, pack.manifest.files[3]] };
    expect(await problemsOf(withManifest(JSON.stringify(edited)))).toEqual(['manifest.json is not valid (files): attachments/meter-photo.jpg is listed more than once']);
  });
});

describe('verifyPack on files that are not packs', () => {
  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a PDF', strToU8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
    ['a text file', strToU8('Dear Ombudsman,\nplease find the case attached.')],
    ['random bytes', new Uint8Array(5000).map((_, i) => (i * 131) % 256)],
  ])('%s', async (_, bytes) => {
    expect(await problemsOf(bytes)).toEqual(['This file is not a ZIP archive, so it cannot be a case pack']);
  });

  it('a ZIP that is not a case pack', async () => {
    expect(await problemsOf(zipSync({ 'holiday.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }))).toEqual([
      'manifest.json is missing: this is not a Complaints Desk case pack',
    ]);
  });

  it.each([0.02, 0.1, 0.5, 0.9, 0.999, 'all but the last byte'] as const)('a pack cut short at %s', async (cut) => {
    const length = cut === 'all but the last byte' ? pack.zip.length - 1 : Math.floor(pack.zip.length * cut);
    const problems = await problemsOf(pack.zip.subarray(0, length));
    expect(problems).toContain('The ZIP file is incomplete: it ends part-way through, so it may not have finished copying or downloading');
  });
});
