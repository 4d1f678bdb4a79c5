// The seed file: one JSON line per batch (file bytes as base64), so a big desk streams in and loads batch by batch.
import type { ComplaintsDatabase } from '../db';
import type { User } from '../../../shared/model';
import { deskPlan, deskSummary, type SeedBatch, type SeedSummary } from './synthetic-desk';
import { prepareSeedKeys } from './seed-keys';
import { writeSeedBatch, writeSeedSummary, type SeedProgress } from './write-seed';

export const SEED_FORMAT = 'complaints-desk-seed';
export const SEED_FORMAT_VERSION = 1;

export type SeedLine =
  | { kind: 'header'; format: typeof SEED_FORMAT; version: number; cases: number; seed: number; asOf: string }
  | { kind: 'batch'; batch: SeedBatch }
  | { kind: 'summary'; summary: SeedSummary };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

export function encodeSeedHeader(header: Omit<Extract<SeedLine, { kind: 'header' }>, 'kind' | 'format' | 'version'>): string {
  return JSON.stringify({ kind: 'header', format: SEED_FORMAT, version: SEED_FORMAT_VERSION, ...header });
}

export function encodeSeedBatch(batch: SeedBatch): string {
  return JSON.stringify({ kind: 'batch', batch: { ...batch, files: batch.files.map((f) => ({ ...f, bytes: toBase64(f.bytes) })) } });
}

export function encodeSeedSummary(summary: SeedSummary): string {
  return JSON.stringify({ kind: 'summary', summary });
}

type EncodedFile = Omit<SeedBatch['files'][number], 'bytes'> & { bytes: string };

export function decodeSeedLine(line: string): SeedLine {
  const parsed = JSON.parse(line) as { kind?: unknown; format?: unknown; batch?: Omit<SeedBatch, 'files'> & { files: EncodedFile[] } };
  if (parsed.kind === 'header' && parsed.format !== SEED_FORMAT) throw new Error('This is not a Complaints Desk seed file');
  if (parsed.kind === 'batch' && parsed.batch) {
    return { kind: 'batch', batch: { ...parsed.batch, files: parsed.batch.files.map((f) => ({ ...f, bytes: fromBase64(f.bytes) })) } };
  }
  if (parsed.kind === 'header' || parsed.kind === 'summary') return parsed as SeedLine;
  throw new Error('A line of the seed file is not a header, batch or summary');
}

/** Loads a seed file's lines into an empty store, one transaction per batch. */
export async function loadSeedLines(
  db: ComplaintsDatabase,
  lines: Iterable<string> | AsyncIterable<string>,
  onProgress: (progress: SeedProgress) => void = () => undefined,
): Promise<SeedProgress> {
  const progress: SeedProgress = { cases: 0, events: 0, files: 0 };
  let users: User[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const decoded = decodeSeedLine(line);
    if (decoded.kind === 'header') {
      // The staff are known from the plan: their keys seal the complaints about staff as they are written.
      users = deskSummary(deskPlan({ cases: decoded.cases, seed: decoded.seed, asOf: decoded.asOf })).users;
      await prepareSeedKeys(db, users, decoded.asOf);
    } else if (decoded.kind === 'batch') {
      await writeSeedBatch(db, decoded.batch, users, decoded.batch.cases[0]?.createdAt);
      progress.cases += decoded.batch.cases.length;
      progress.events += decoded.batch.eventCount;
      progress.files += decoded.batch.files.length;
      onProgress({ ...progress });
    } else if (decoded.kind === 'summary') {
      await writeSeedSummary(db, decoded.summary);
    }
  }
  return progress;
}
