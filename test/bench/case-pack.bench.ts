// Benchmark: makes a real case pack (buildCasePack: consent gate, redaction, summary.pdf, case.json) of a fixture case
// with 100 MB of streamed attachments into a temp file, then verifies it with the case schema; one JSON line per figure.
//
// Run: npx tsx test/bench/case-pack.bench.ts
//
// Time is wall-clock from the first entry read to the ZIP's last byte written and the file closed (build), or from
// opening the file to the verdict (verify); generating the pseudo-random attachment bytes counts, as reading them
// from disk would. Memory is the process's resident set size (RSS: V8 heap, ArrayBuffers, code, everything),
// sampled on every chunk the sink receives or the verifier reads and every 5 ms; the baseline is taken just before
// each figure starts (after the modules are loaded; the summary PDF is rendered inside the build figure), and peakRssMB is the highest
// sample minus that baseline, in MiB. Each figure is cold (no warm-up run), so JIT compilation is included.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCasePack, type CasePackRequest } from '../../shared/case-pack/build-case-pack';
import { verifyCasePack } from '../../shared/case-pack/verify-case-pack';
import type { Attachment } from '../../shared/model';
import { packRequestAt } from '../fixtures/case-packs';
import { provideNodeDocumentFonts } from '../support/node-document-fonts';

provideNodeDocumentFonts();

const ATTACHMENTS = 20;
const ATTACHMENT_BYTES = 5 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;
const TARGET_MS = 5000;
const TARGET_PEAK_MB = 200;
const MiB = 1024 * 1024;

/** Incompressible bytes (xorshift32), made a chunk at a time like a file read from disk. */
function pseudoRandomChunk(length: number, seed: number): Uint8Array {
  const words = new Uint32Array(length / 4);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  const bytes = new Uint8Array(words.buffer);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]); // a JPEG's first bytes; the file name says .jpg too
  return bytes;
}

async function* photoBytes(index: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < ATTACHMENT_BYTES; at += CHUNK_BYTES) yield pseudoRandomChunk(CHUNK_BYTES, index * 100_000 + at / CHUNK_BYTES + 1);
}

class PeakRss {
  readonly baseline = process.memoryUsage.rss();
  #peak = this.baseline;
  readonly #timer = setInterval(() => this.sample(), 5);

  sample(): void {
    this.#peak = Math.max(this.#peak, process.memoryUsage.rss());
  }

  stop(): { peakOverBaselineMB: number; baselineMB: number } {
    clearInterval(this.#timer);
    this.sample();
    return { peakOverBaselineMB: round((this.#peak - this.baseline) / MiB), baselineMB: round(this.baseline / MiB) };
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A closed staff complaint (redacted) with consent for the Ombudsman and ATTACHMENTS photos of ATTACHMENT_BYTES each. */
function request(): CasePackRequest {
  const base = packRequestAt('closed', { aboutStaff: true });
  const photos = Array.from({ length: ATTACHMENTS }, (_, i): Attachment => ({
    id: `photo-${i + 1}`,
    name: `meter photo ${i + 1}.jpg`,
    mimeType: 'image/jpeg',
    sizeBytes: ATTACHMENT_BYTES,
    sha256: 'e'.repeat(64),
    source: 'customer',
    addedById: 'user-manager',
    addedAt: base.now,
  }));
  const caseRecord = { ...base.caseRecord, attachments: [...base.caseRecord.attachments, ...photos] };
  const small = base.files;
  return { ...base, caseRecord, files: [...small, ...photos.map((attachment, i) => ({ attachment, read: () => photoBytes(i) }))] };
}

async function build(file: string): Promise<{ ms: number; memory: ReturnType<PeakRss['stop']> }> {
  const pack = request();
  const handle = await open(file, 'w');
  const memory = new PeakRss();
  const started = performance.now();
  try {
    const made = await buildCasePack(pack, async (chunk) => {
      memory.sample();
      await handle.write(chunk);
    });
    if (!made.ok) throw new Error(`The benchmark pack was refused: ${made.missing.join('; ')}`);
  } finally {
    await handle.close();
  }
  return { ms: Math.round(performance.now() - started), memory: memory.stop() };
}

async function verify(file: string): Promise<{ ms: number; ok: boolean; memory: ReturnType<PeakRss['stop']> }> {
  const memory = new PeakRss();
  const started = performance.now();
  async function* sampled(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>) {
      memory.sample();
      yield chunk;
    }
  }
  const result = await verifyCasePack(sampled());
  return { ms: Math.round(performance.now() - started), ok: result.ok, memory: memory.stop() };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'case-pack-bench-'));
  try {
    // Cold, as a member of staff exporting one pack: no warm-up run, whose garbage would already have grown the
    // process and hidden the build's own memory growth.
    const file = join(folder, 'case-pack.zip');
    const built = await build(file);
    const attachmentsMB = (ATTACHMENTS * ATTACHMENT_BYTES) / MiB;
    console.log(
      JSON.stringify({
        figure: 'casePack.build',
        attachmentsMB,
        ms: built.ms,
        targetMs: TARGET_MS,
        peakRssMB: built.memory.peakOverBaselineMB,
        targetPeakMB: TARGET_PEAK_MB,
        baselineRssMB: built.memory.baselineMB,
        zipMB: round(statSync(file).size / MiB),
      }),
    );
    const checked = await verify(file);
    if (!checked.ok) throw new Error('The benchmark pack did not verify');
    console.log(
      JSON.stringify({
        figure: 'casePack.verify',
        attachmentsMB,
        ms: checked.ms,
        targetMs: TARGET_MS,
        peakRssMB: checked.memory.peakOverBaselineMB,
        targetPeakMB: TARGET_PEAK_MB,
        baselineRssMB: checked.memory.baselineMB,
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
