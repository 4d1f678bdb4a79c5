// Test helpers: make a fixture pack in memory and read every file of it back with the pack's own ZIP reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCasePack, type CasePackMade } from '../../../../shared/case-pack/build-case-pack';
import type { CasePackRefusal, CasePackRequest } from '../../../../shared/case-pack/pack-contents';
import { readZipStream } from '../../../../shared/case-pack/zip-reader';

export interface MadePack {
  made: CasePackMade;
  zip: Uint8Array;
  files: Map<string, Uint8Array>;
}

export async function makePack(request: CasePackRequest): Promise<MadePack | CasePackRefusal> {
  const chunks: Uint8Array[] = [];
  const made = await buildCasePack(request, (chunk) => void chunks.push(chunk.slice()));
  if (!made.ok) return made;
  const zip = concat(chunks);
  return { made, zip, files: await unzip(zip) };
}

export async function makeSoundPack(request: CasePackRequest): Promise<MadePack> {
  const pack = await makePack(request);
  if (!('made' in pack)) throw new Error(`The fixture pack was refused: ${pack.missing.join('; ')}`);
  return pack;
}

export async function unzip(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array[]>();
  const { problems } = await readZipStream(zip, (entry) => {
    const list: Uint8Array[] = [];
    parts.set(entry.name, list);
    return { data: (chunk) => void list.push(chunk.slice()) };
  });
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return new Map([...parts].map(([name, list]) => [name, concat(list)]));
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The text of a PDF as poppler's pdftotext reads it (content streams are compressed, so bytes alone say little). */
export function pdfText(pdf: Uint8Array, ...args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'pack-pdf-'));
  try {
    const file = join(folder, 'summary.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
