// Benchmark: builds a case pack with 100 MB of streamed attachments into a temp file, then verifies it; one JSON line per figure.
//
// Run: npx tsx test/bench/case-pack.bench.ts
//
// Time is wall-clock from the first entry read to the ZIP's last byte written and the file closed (build), or from
// opening the file to the verdict (verify); generating the pseudo-random attachment bytes counts, as reading them
// from disk would. Memory is the process's resident set size (RSS: V8 heap, ArrayBuffers, code, everything),
// sampled on every chunk the sink receives or the verifier reads and every 5 ms; the baseline is taken just before
// each figure starts (after the modules are loaded and the summary PDF is rendered), and peakRssMB is the highest
// sample minus that baseline, in MiB. Each figure is cold (no warm-up run), so JIT compilation is included.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { CasePackManifestHeader } from '../../shared/case-pack/manifest';
import { verifyPack } from '../../shared/case-pack/verify-pack';
import { safePackPath, writeCasePack, type CasePackEntry } from '../../shared/case-pack/zip-writer';
import { renderA4Document } from '../../shared/pdf/a4-document';

const ATTACHMENTS = 20;
const ATTACHMENT_BYTES = 5 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;
const TARGET_MS = 5000;
const TARGET_PEAK_MB = 200;
const MiB = 1024 * 1024;

const header: CasePackManifestHeader = {
  caseReference: 'C-2026-0001',
  createdAt: '2026-11-24T10:00:00Z',
  createdBy: { role: 'Complaints manager' },
  recipient: { name: 'Energy Ombudsman' },
  disclosureBasis: { basis: 'consent', detail: 'Consent given by telephone on 20 Nov 2026' },
  timelineHead: { sha256: 'ab'.repeat(32), eventCount: 40 },
};

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

async function* attachment(index: number): AsyncGenerator<Uint8Array> {
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

async function entries(): Promise<CasePackEntry[]> {
  const taken = new Set<string>();
  const summary = await renderA4Document({
    header: { companyName: 'JESQ Solutions Ltd', lines: ['info@jesqsolutions.co.uk'] },
    title: 'Case summary C-2026-0001',
    blocks: [{ type: 'paragraph', text: 'Summary of the complaint. '.repeat(200) }],
  });
  return [
    { kind: 'summary', path: safePackPath('summary.pdf', taken), bytes: summary },
    { kind: 'case-data', path: safePackPath('case.json', taken), bytes: strToU8(JSON.stringify({ reference: 'C-2026-0001', notes: 'x'.repeat(50_000) })) },
    ...Array.from({ length: ATTACHMENTS }, (_, i): CasePackEntry => ({
      kind: 'attachment',
      path: safePackPath(`attachments/meter photo ${i + 1}.jpg`, taken),
      chunks: attachment(i),
      size: ATTACHMENT_BYTES,
    })),
  ];
}

async function build(file: string): Promise<{ ms: number; memory: ReturnType<PeakRss['stop']> }> {
  const list = await entries();
  const handle = await open(file, 'w');
  const memory = new PeakRss();
  const started = performance.now();
  try {
    await writeCasePack(header, list, async (chunk) => {
      memory.sample();
      await handle.write(chunk);
    });
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
  const result = await verifyPack(sampled());
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
