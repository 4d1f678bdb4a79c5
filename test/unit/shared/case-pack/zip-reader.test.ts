// Tests for the one-pass ZIP reader: other writers' ZIPs, awkward content, any chunking, and tampered archives.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { strToU8, Unzip, UnzipInflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZipStream, type ZipSource } from '../../../../shared/case-pack/zip-reader';
import { writeZip } from '../../../../shared/case-pack/zip-writer';

const modifiedAt = new Date('2026-11-24T10:00:00Z');

/** Reads a ZIP and returns each file's content hash, plus the problems found. */
async function readAll(source: ZipSource) {
  const hashes = new Map<number, ReturnType<typeof createHash>>();
  const outcome = await readZipStream(source, (entry) => {
    const hash = createHash('sha256');
    hashes.set(entry.index, hash);
    return { data: (chunk) => void hash.update(chunk) };
  });
  return {
    files: outcome.entries.map((entry) => ({ name: entry.name, size: entry.size, sha256: hashes.get(entry.index)?.digest('hex'), intact: entry.intact })),
    problems: outcome.problems,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function ourZip(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeZip(
    Object.entries(files).map(([path, bytes]) => ({ path, bytes })),
    (chunk) => void chunks.push(chunk.slice()),
    { modifiedAt },
  );
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

/** Content that trips a reader which looks for the next "PK" signature to find where a file ends. */
function awkwardFiles(): Record<string, Uint8Array> {
  const embeddedZip = zipSync({ 'word/document.xml': strToU8('<w:document>Dear customer</w:document>'.repeat(40)) }, { level: 0, mtime: modifiedAt });
  const fakeDescriptor = new Uint8Array(3000).fill(0x41);
  // A data descriptor signature, then a local header signature, in the middle of a "photo".
  fakeDescriptor.set([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0x50, 0x4b, 0x03, 0x04], 1000);
  return {
    'attachments/bill.docx': embeddedZip,
    'attachments/photo.jpg': fakeDescriptor,
    'attachments/old-pack.zip': embeddedZip,
    'case.json': strToU8('{"reference":"C-2026-0001"}'),
    'empty.txt': new Uint8Array(0),
  };
}

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j has CRC-32 %i', (text, expected) => {
    expect(crc32(strToU8(text))).toBe(expected);
  });
});

describe('readZipStream', () => {
  it('reads files whose content contains ZIP signatures, where fflate Unzip does not', async () => {
    const files = awkwardFiles();
    const zip = await ourZip(files);
    const read = await readAll(zip);
    expect(read.problems).toEqual([]);
    expect(read.files).toEqual(Object.entries(files).map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes), intact: true })));

    // Why this reader exists: fflate's streaming Unzip splits the same archive wrongly.
    const seen: string[] = [];
    const unzip = new Unzip((file) => {
      seen.push(file.name);
      file.ondata = () => undefined;
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(zip, true);
    expect(seen).not.toEqual(Object.keys(files));
  });

  it('reads ZIPs from another writer (sizes in the headers, no data descriptors)', async () => {
    const files = awkwardFiles();
    const read = await readAll(zipSync(files, { level: 6, mtime: modifiedAt }));
    expect(read.problems).toEqual([]);
    expect(read.files.map((file) => [file.name, file.size, file.sha256])).toEqual(Object.entries(files).map(([name, bytes]) => [name, bytes.length, sha256(bytes)]));
  });

  it('gives the same result however the input is split into chunks', async () => {
    const zip = await ourZip(awkwardFiles());
    const whole = await readAll(zip);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 40 }), async (sizes) => {
        const chunks: Uint8Array[] = [];
        for (let at = 0, i = 0; at < zip.length; i++) {
          const size = sizes[i % sizes.length] ?? 1;
          chunks.push(zip.slice(at, at + size));
          at += size;
        }
        expect(await readAll(chunks)).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('reads an empty ZIP', async () => {
    expect(await readAll(await ourZip({}))).toEqual({ files: [], problems: [] });
  });

  it('finds a file whose content no longer matches its CRC-32', async () => {
    const zip = await ourZip({ 'attachments/photo.jpg': new Uint8Array(500).fill(7) });
    const at = 30 + 'attachments/photo.jpg'.length + 100;
    zip[at] = (zip[at] ?? 0) ^ 0xff;
    const read = await readAll(zip);
    expect(read.files[0]?.intact).toBe(false);
    expect(read.problems).toEqual([
      { kind: 'damaged', path: 'attachments/photo.jpg', message: 'attachments/photo.jpg is damaged: its ZIP checksum (CRC-32) does not match its contents' },
    ]);
  });

  it('finds a table of contents that names a different file from the one inside', async () => {
    const zip = await ourZip({ 'letters/a.pdf': strToU8('%PDF-1.7 a') });
    const text = new TextDecoder('latin1').decode(zip);
    const centralName = text.lastIndexOf('letters/a.pdf');
    zip.set(strToU8('letters/b.pdf'), centralName);
    const read = await readAll(zip);
    expect(read.problems.map((problem) => problem.kind)).toEqual(['directory-mismatch']);
    expect(read.problems[0]?.message).toMatch(/table of contents does not match the files inside it/);
  });

  it('notices data after the end of the archive', async () => {
    const zip = await ourZip({ 'a.txt': strToU8('a') });
    const read = await readAll([zip, strToU8('appended')]);
    expect(read.problems.map((problem) => problem.message)).toEqual(['The ZIP file has unexpected data after its end, so it may have been altered']);
  });

  it('stops reading a file that is not a ZIP and lets the source close', async () => {
    let pulled = 0;
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          pulled += 1;
          yield strToU8('%PDF-1.7 this is not a zip');
        }
      } finally {
        closed = true;
      }
    }
    const read = await readAll(source());
    expect(read.problems).toEqual([{ kind: 'not-zip', message: 'This file is not a ZIP archive, so it cannot be a case pack' }]);
    expect(pulled).toBe(1);
    expect(closed).toBe(true);
  });
});
