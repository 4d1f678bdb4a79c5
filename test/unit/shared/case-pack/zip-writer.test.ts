// Tests for the streaming ZIP writer and safe pack names: real ZIPs in a temp folder, read back three ways.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { isExtractablePath, type CasePackManifestHeader } from '../../../../shared/case-pack/manifest';
import { verifyPack } from '../../../../shared/case-pack/verify-pack';
import { readZipStream } from '../../../../shared/case-pack/zip-reader';
import {
  PackWriteError,
  safeFileName,
  safePackPath,
  sanitisePackPath,
  shouldCompress,
  writeCasePack,
  writeZip,
  type CasePackEntry,
  type ZipEntry,
  type ZipProgress,
} from '../../../../shared/case-pack/zip-writer';

const folder = mkdtempSync(join(tmpdir(), 'case-pack-writer-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const header: CasePackManifestHeader = {
  caseReference: 'C-2026-0001',
  createdAt: '2026-11-24T10:00:00Z',
  createdBy: { role: 'Complaints manager' },
  recipient: { name: 'Energy Ombudsman', reference: 'OMB-12345' },
  disclosureBasis: { basis: 'consent', detail: 'The customer consented by telephone on 20 Nov 2026 to sharing the case with the Energy Ombudsman' },
  timelineHead: { sha256: 'ab'.repeat(32), eventCount: 14 },
};
const modifiedAt = new Date('2026-11-24T10:00:00Z');

/** Deterministic bytes that do not compress (xorshift32), so stored and deflated sizes are predictable. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Uint8Array(words.buffer, 0, length);
}

const jpeg = (length: number, seed: number) => {
  const bytes = pseudoRandomBytes(length, seed);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};

async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

function collect(): { sink: (chunk: Uint8Array) => void; bytes: () => Uint8Array; chunks: Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  return {
    chunks,
    sink: (chunk) => void chunks.push(chunk.slice()),
    bytes: () => {
      const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      return out;
    },
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function sampleEntries(): { entries: CasePackEntry[]; contents: Map<string, Uint8Array> } {
  const taken = new Set<string>();
  const files: [CasePackEntry['kind'], string, Uint8Array][] = [
    ['summary', 'summary.pdf', strToU8('%PDF-1.7\n% a stand-in summary\n')],
    ['case-data', 'case.json', strToU8(JSON.stringify({ reference: 'C-2026-0001', notes: 'x'.repeat(5000) }))],
    ['letter', 'letters/Acknowledgement.pdf', strToU8('%PDF-1.7\n% acknowledgement\n')],
    ['letter', 'letters/Acknowledgement.pdf', strToU8('%PDF-1.7\n% a second acknowledgement\n')],
    ['attachment', 'attachments/Meter photo: 12/03.jpg', jpeg(300_000, 7)],
    ['attachment', 'attachments/Siân’s bill.docx', pseudoRandomBytes(40_000, 9)],
    ['attachment', 'attachments/call notes.txt', strToU8('The customer called about an estimated bill.\n'.repeat(400))],
  ];
  const contents = new Map<string, Uint8Array>();
  const entries = files.map(([kind, name, bytes], i): CasePackEntry => {
    const path = safePackPath(kind === 'attachment' ? `attachments/${safeFileName(name.slice('attachments/'.length))}` : name, taken);
    contents.set(path, bytes);
    return i % 2 ? { kind, path, chunks: inChunks(bytes, 16_384), size: bytes.length } : { kind, path, bytes };
  });
  return { entries, contents };
}

describe('safePackPath', () => {
  it.each([
    ['letter.pdf', 'letter.pdf'],
    ['letters/Final response.pdf', 'letters/Final response.pdf'],
    ['../../etc/passwd', 'etc/passwd'],
    ['/absolute/path.txt', 'absolute/path.txt'],
    ['attachments\\sub\\photo.jpg', 'attachments/sub/photo.jpg'],
    ['C:\\Users\\me\\photo.jpg', 'C_/Users/me/photo.jpg'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['bill\u0000\u0007\u001f.pdf', 'bill.pdf'],
    ['photo\u202egpj.exe', 'photogpj.exe'],
    ['line\nbreak\ttab.txt', 'line break tab.txt'],
    ['  spaced    out  .pdf  ', 'spaced out .pdf'],
    ['.hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['CON', 'CON_'],
    ['con.txt', 'con_.txt'],
    ['nul.tar.gz', 'nul_.tar.gz'],
    ['COM1.pdf', 'COM1_.pdf'],
    ['lpt9', 'lpt9_'],
    ['letters/aux.pdf', 'letters/aux_.pdf'],
    ['console.txt', 'console.txt'],
    ['Cafe\u0301.pdf', 'Café.pdf'],
    ['', 'file'],
    ['..', 'file'],
    ['///', 'file'],
    ['manifest.json', 'manifest (2).json'],
    ['letters/manifest.json', 'letters/manifest.json'],
  ])('%j becomes %j', (name, expected) => {
    expect(safePackPath(name)).toBe(expected);
  });

  it('numbers repeated names, ignoring case as Windows and macOS do', () => {
    const taken = new Set<string>();
    const names = ['letter.pdf', 'letter.pdf', 'Letter.PDF', 'README', 'readme', 'letters/a.pdf', 'letters/a.pdf'];
    expect(names.map((name) => safePackPath(name, taken))).toEqual([
      'letter.pdf',
      'letter (2).pdf',
      'Letter (3).PDF',
      'README',
      'readme (2)',
      'letters/a.pdf',
      'letters/a (2).pdf',
    ]);
  });

  it('keeps a file and a folder from sharing a name', () => {
    const taken = new Set<string>();
    expect(safePackPath('letters/a.pdf', taken)).toBe('letters/a.pdf');
    expect(safePackPath('letters', taken)).toBe('letters (2)');
    expect(safePackPath('notes', taken)).toBe('notes');
    expect(safePackPath('notes/x.txt', taken)).toBe('notes (2)/x.txt');
  });

  it('shortens long names and keeps the extension', () => {
    const long = safePackPath(`${'Very long attachment name '.repeat(20)}.pdf`);
    expect(Array.from(long).length).toBeLessThanOrEqual(100);
    expect(long.endsWith('.pdf')).toBe(true);
    const wide = safePackPath(`${'請'.repeat(150)}.jpg`);
    expect(new TextEncoder().encode(wide).length).toBeLessThanOrEqual(200);
    expect(wide.endsWith('.jpg')).toBe(true);
  });

  it('always gives a safe, stable path with no forbidden characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const path = sanitisePackPath(name);
        expect(isExtractablePath(path)).toBe(true);
        expect(sanitisePackPath(path)).toBe(path);
        expect(path).not.toMatch(/[<>:"\\|?*\p{Cc}\p{Cf}]/u);
        for (const part of path.split('/')) {
          expect(part).not.toMatch(/^[.\s]|[.\s]$/u);
          expect(part).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never gives two files of one pack the same name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a.pdf', 'A.PDF', 'a (2).pdf', 'letters/a.pdf', 'letters', 'CON', 'con_', 'x/../a.pdf', '.a.pdf'), { maxLength: 30 }), (names) => {
        const taken = new Set<string>();
        const paths = names.map((name) => safePackPath(name, taken));
        expect(new Set(paths.map((path) => path.toLowerCase())).size).toBe(paths.length);
        for (const path of paths) expect(sanitisePackPath(path)).toBe(path);
      }),
    );
  });
});

describe('shouldCompress', () => {
  it.each([
    ['summary.pdf', new Uint8Array(), false],
    ['photo.JPG', new Uint8Array(), false],
    ['bill.docx', new Uint8Array(), false],
    ['case.json', strToU8('{'), true],
    ['notes.txt', strToU8('hello'), true],
    ['photo-without-extension', new Uint8Array([0xff, 0xd8, 0xff, 0xe1]), false],
    ['scan', strToU8('%PDF-1.4'), false],
    ['recording', strToU8('\0\0\0\x20ftypM4A '), false],
    ['call.wav', strToU8('RIFF....WAVE'), true],
  ])('%s: compress %s', (path, firstBytes, expected) => {
    expect(shouldCompress(path, firstBytes)).toBe(expected);
  });
});

describe('writeCasePack', () => {
  it('writes a real ZIP that fflate, the system unzip and the verifier all read back', async () => {
    const { entries, contents } = sampleEntries();
    const file = join(folder, 'sample-pack.zip');
    const output = collect();
    const result = await writeCasePack(header, entries, output.sink);
    writeFileSync(file, output.bytes());

    expect(result.manifest.files.map((entry) => [entry.path, entry.kind])).toEqual([
      ['summary.pdf', 'summary'],
      ['case.json', 'case-data'],
      ['letters/Acknowledgement.pdf', 'letter'],
      ['letters/Acknowledgement (2).pdf', 'letter'],
      ['attachments/Meter photo_ 12_03.jpg', 'attachment'],
      ['attachments/Siân’s bill.docx', 'attachment'],
      ['attachments/call notes.txt', 'attachment'],
    ]);
    for (const entry of result.manifest.files) {
      const bytes = contents.get(entry.path);
      expect(entry.size).toBe(bytes?.length);
      expect(entry.sha256).toBe(bytes && sha256(bytes));
    }
    expect(result.zipSize).toBe(output.bytes().length);

    const unzipped = unzipSync(output.bytes());
    expect(Object.keys(unzipped).sort()).toEqual([...contents.keys(), 'manifest.json'].sort());
    for (const [path, bytes] of contents) expect(unzipped[path]).toEqual(bytes);
    const manifestJson: unknown = JSON.parse(new TextDecoder().decode(unzipped['manifest.json']));
    expect(manifestJson).toEqual(result.manifest);
    expect(result.manifestSha256).toBe(sha256(unzipped['manifest.json'] ?? new Uint8Array()));

    expect(await verifyPack(createReadStream(file))).toEqual({ ok: true, manifest: result.manifest, files: result.manifest.files.map((f) => ({ path: f.path, status: 'ok' })) });
  });

  it.skipIf(!hasUnzip)(`lists the same files and sizes with the system unzip${hasUnzip ? '' : ' (skipped: unzip is not installed)'}`, async () => {
    const { entries, contents } = sampleEntries();
    const output = collect();
    await writeCasePack(header, entries, output.sink);
    const file = join(folder, 'listed-pack.zip');
    writeFileSync(file, output.bytes());

    const listing = execFileSync('unzip', ['-l', file], { env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString('utf8');
    const listed = new Map(
      listing
        .split('\n')
        .map((line) => /^\s*(\d+)\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+(.+)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[2] ?? '', Number(match[1])]),
    );
    for (const [path, bytes] of contents) expect(listed.get(path), path).toBe(bytes.length);
    expect(listed.has('manifest.json')).toBe(true);
    expect(listed.size).toBe(contents.size + 1);
    // unzip -t checks every CRC through the central directory, the way extraction tools read a pack.
    expect(execFileSync('unzip', ['-tq', file]).toString()).toMatch(/No errors detected/);
  });

  it('stores compressed formats and deflates text', async () => {
    const { entries } = sampleEntries();
    const output = collect();
    await writeCasePack(header, entries, output.sink);
    const { entries: read } = await readZipStream(output.bytes(), () => undefined);
    const methods = Object.fromEntries(read.map((entry) => [entry.name, entry.method]));
    expect(methods).toEqual({
      'summary.pdf': 0,
      'case.json': 8,
      'letters/Acknowledgement.pdf': 0,
      'letters/Acknowledgement (2).pdf': 0,
      'attachments/Meter photo_ 12_03.jpg': 0,
      'attachments/Siân’s bill.docx': 0,
      'attachments/call notes.txt': 8,
      'manifest.json': 8,
    });
  });

  it('gives the same bytes for the same input', async () => {
    const first = collect();
    const second = collect();
    await writeCasePack(header, sampleEntries().entries, first.sink);
    await writeCasePack(header, sampleEntries().entries, second.sink);
    expect(sha256(first.bytes())).toBe(sha256(second.bytes()));
  });

  it('reports progress up to the known total', async () => {
    const { entries, contents } = sampleEntries();
    const events: ZipProgress[] = [];
    await writeCasePack(header, entries, () => undefined, { onProgress: (progress) => events.push(progress) });
    const total = [...contents.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    expect(events.length).toBeGreaterThan(entries.length);
    expect(events.every((event, i) => i === 0 || event.bytesDone >= (events[i - 1]?.bytesDone ?? 0))).toBe(true);
    expect(events.at(-1)).toMatchObject({ bytesDone: total, bytesTotal: total, filesDone: entries.length, filesTotal: entries.length });
  });

  it('refuses an invalid header before writing anything', async () => {
    const output = collect();
    await expect(writeCasePack({ ...header, createdAt: 'yesterday' }, sampleEntries().entries, output.sink)).rejects.toThrow();
    expect(output.chunks).toHaveLength(0);
  });

  it.each([
    ['without a summary', (entries: CasePackEntry[]) => entries.filter((entry) => entry.kind !== 'summary'), 'invalid-pack'],
    ['with two case files', (entries: CasePackEntry[]) => [...entries, { kind: 'case-data' as const, path: 'case2.json', bytes: strToU8('{}') }], 'invalid-pack'],
    ['with its own manifest.json', (entries: CasePackEntry[]) => [...entries, { kind: 'attachment' as const, path: 'manifest.json', bytes: strToU8('{}') }], 'duplicate-path'],
  ])('refuses a pack %s', async (_, change, reason) => {
    await expect(writeCasePack(header, change(sampleEntries().entries), () => undefined)).rejects.toMatchObject({ reason });
  });
});

describe('ZipStreamWriter failures', () => {
  const write = (entries: ZipEntry[], sink: (chunk: Uint8Array) => void | Promise<void> = () => undefined, signal?: { aborted: boolean }) =>
    writeZip(entries, sink, { modifiedAt, signal });

  it.each([
    ['an unsafe path', [{ path: '../evil.txt', bytes: strToU8('x') }], 'unsafe-path'],
    ['a path that needs cleaning', [{ path: 'CON.txt', bytes: strToU8('x') }], 'unsafe-path'],
    ['the same name twice in different case', [{ path: 'a.txt', bytes: strToU8('x') }, { path: 'A.TXT', bytes: strToU8('y') }], 'duplicate-path'],
    ['a file where a folder is', [{ path: 'a/b.txt', bytes: strToU8('x') }, { path: 'a', bytes: strToU8('y') }], 'duplicate-path'],
    ['a file shorter than declared', [{ path: 'a.bin', chunks: inChunks(new Uint8Array(5), 2), size: 10 }], 'size-mismatch'],
  ] satisfies [string, ZipEntry[], string][])('refuses %s', async (_, entries, reason) => {
    await expect(write(entries)).rejects.toMatchObject({ name: 'PackWriteError', reason });
  });

  it('says which file could not be read', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error('EIO: disk read error');
    }
    const error: unknown = await write([{ path: 'attachments/scan.pdf', chunks: failing() }]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackWriteError);
    expect(error).toMatchObject({ reason: 'source-failed', message: 'Could not read attachments/scan.pdf: EIO: disk read error' });
  });

  it('passes on a failing sink (a full disk)', async () => {
    const sink = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    await expect(write([{ path: 'a.txt', bytes: strToU8('x') }], sink)).rejects.toMatchObject({
      reason: 'sink-failed',
      message: 'Could not save the case pack: ENOSPC: no space left on device',
    });
  });

  it('stops when cancelled between chunks, closing the source', async () => {
    const signal = { aborted: false };
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) yield new Uint8Array(1024);
      } finally {
        closed = true;
      }
    }
    let written = 0;
    const sink = (chunk: Uint8Array) => {
      written += chunk.length;
      if (written > 10_000) signal.aborted = true;
    };
    await expect(write([{ path: 'endless.bin', chunks: source() }], sink, signal)).rejects.toMatchObject({ reason: 'cancelled' });
    expect(closed).toBe(true);
  });

  it('refuses dates a ZIP cannot record', async () => {
    await expect(writeZip([], () => undefined, { modifiedAt: new Date('1970-01-01T00:00:00Z') })).rejects.toThrow(/1980 and 2099/);
  });
});

describe('streaming', () => {
  it('passes a 50 MB attachment through in chunks without holding it whole', async () => {
    const chunkSize = 64 * 1024;
    const total = 50 * 1024 * 1024;
    let pulled = 0;
    let delivered = 0;
    let deliveredBeforeAttachment = 0;
    let peakHeldBack = 0;
    let largestSinkChunk = 0;
    let sinkCalls = 0;
    const expected = createHash('sha256');
    async function* attachment(): AsyncGenerator<Uint8Array> {
      deliveredBeforeAttachment = delivered;
      for (let at = 0; at < total; at += chunkSize) {
        const chunk = pseudoRandomBytes(chunkSize, at + 1);
        expected.update(chunk);
        // Bytes read from the source but not yet given to the sink (less the ZIP headers already given).
        peakHeldBack = Math.max(peakHeldBack, pulled - Math.max(0, delivered - deliveredBeforeAttachment - 100));
        pulled += chunk.length;
        yield chunk;
      }
    }
    const file = join(folder, 'large-pack.zip');
    const handle = await open(file, 'w');
    try {
      const { entries } = sampleEntries();
      entries.push({ kind: 'attachment', path: 'attachments/meter-video.mp4', chunks: attachment(), size: total });
      const result = await writeCasePack(header, entries, async (chunk) => {
        sinkCalls += 1;
        delivered += chunk.length;
        largestSinkChunk = Math.max(largestSinkChunk, chunk.length);
        await handle.write(chunk);
      });
      expect(result.manifest.files.at(-1)).toEqual({
        path: 'attachments/meter-video.mp4',
        size: total,
        sha256: expected.digest('hex'),
        kind: 'attachment',
      });
    } finally {
      await handle.close();
    }
    // Nothing close to the whole file was ever held: at most one chunk was waiting between source and sink.
    expect(peakHeldBack).toBeLessThanOrEqual(chunkSize);
    expect(largestSinkChunk).toBeLessThanOrEqual(300_000); // the largest in-memory sample file, not the 50 MB one
    expect(sinkCalls).toBeGreaterThan(total / chunkSize);
    expect(await verifyPack(createReadStream(file, { highWaterMark: 256 * 1024 }))).toMatchObject({ ok: true });
  });

  it('keeps deflate output flowing for a large text file', async () => {
    const line = strToU8('2026-11-24 10:00 call log: customer asked about the estimated reading again\n');
    const linesPerChunk = 1000;
    const chunks = 200; // about 15 MB
    let pulled = 0;
    let pulledAtLastOutput = 0;
    let longestSilence = 0;
    async function* log(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < chunks; i++) {
        const chunk = new Uint8Array(line.length * linesPerChunk);
        for (let j = 0; j < linesPerChunk; j++) chunk.set(line, j * line.length);
        pulled += chunk.length;
        yield chunk;
      }
    }
    let delivered = 0;
    const result = await writeZip([{ path: 'call-log.txt', chunks: log() }], (chunk) => {
      delivered += chunk.length;
      // How much input was read without any output: what the deflater holds back.
      longestSilence = Math.max(longestSilence, pulled - pulledAtLastOutput);
      pulledAtLastOutput = pulled;
    }, { modifiedAt });
    const size = line.length * linesPerChunk * chunks;
    expect(result.files[0]).toMatchObject({ size, compressed: true });
    expect(delivered).toBeLessThan(size / 20);
    expect(longestSilence).toBeLessThan(1024 * 1024);
  });
});
