// Restores an automatic backup chain as one whole desk: every segment's header is read and the chain checked whole
// (one chain, segment 0 to the last with none missing, each naming the one before it), every segment decrypted and
// authenticated, and only then are the segments applied in order into a new database, checked and switched to
// exactly as a full backup is (restore-backup.ts). A missing, swapped or changed segment restores nothing.
import Dexie, { type IndexableType } from 'dexie';
import { bytesToHex } from '@noble/hashes/utils.js';
import { cachingCipher, openBackupBody, readBackupHeader, type HeaderRead } from '../../../shared/backup/backup-file';
import type { BackupHeader } from '../../../shared/backup/backup-header';
import { LATEST_SCHEMA_VERSION, type ComplaintsDatabase } from '../db';
import { replayTransactions } from '../schema/append-only';
import { UNJOURNALLED_TABLES } from '../schema/v21';
import { blobCollector, blobSource } from './blob-bytes';
import { restoreInto, refusedAsInvalid, type RestoreDeps, type RestoreOutcome, type RestoreRefusal } from './restore-backup';
import { decodeValue, readSegmentBody, SegmentRefusal } from './segment-body';

type Opened = Extract<HeaderRead, { ok: true }> & { file: Blob };

const NOTHING_CHANGED = 'Nothing was changed: the desk is as it was.';
const chainRefusal = (problem: string): RestoreRefusal => ({ ok: false, kind: 'invalid', message: `This backup chain cannot be restored: ${problem}. ${NOTHING_CHANGED}` });
const nameOf = (file: Blob, n: number) => (file instanceof File ? file.name : `segment ${n + 1}`);

/** The segments in order, or why they are not one whole chain. */
export function orderChain(opened: readonly Opened[]): Opened[] | RestoreRefusal {
  const chains = new Set(opened.map((o) => o.header.chain?.id ?? 'none'));
  if (chains.has('none')) return chainRefusal('a file chosen with the chain is a whole-desk backup, not a segment of it: restore it on its own');
  if (chains.size > 1) return chainRefusal(`the files chosen belong to ${chains.size} different chains: choose the files of one chain (their names share “chain-” and the same eight characters)`);
  const sorted = [...opened].sort((a, b) => (a.header.chain?.index ?? 0) - (b.header.chain?.index ?? 0));
  for (const [n, segment] of sorted.entries()) {
    const chain = segment.header.chain;
    if (!chain) return chainRefusal('a file is not a segment');
    if (chain.index !== n) {
      if (chain.index < n) return chainRefusal(`segment ${chain.index + 1} was chosen twice (${nameOf(segment.file, n)})`);
      return chainRefusal(`segment ${n + 1} of the chain is missing: choose every file of the chain, from its first (“-000000”) to the last`);
    }
    const before = sorted[n - 1];
    if (before && chain.previous !== bytesToHex(before.headerHash)) {
      return chainRefusal(`segment ${n + 1} (${nameOf(segment.file, n)}) does not follow segment ${n}: one of them was replaced or comes from another copy of the chain`);
    }
    if (segment.header.schemaVersion !== sorted[0]?.header.schemaVersion) return chainRefusal(`segment ${n + 1} was written under another database version than the chain's first`);
  }
  return sorted;
}

/** Applies one segment's rows; files come from this segment or an earlier one (`files`, by SHA-256). */
async function applySegment(target: ComplaintsDatabase, body: Blob, files: Map<string, Blob>, onRows: (rows: number) => void): Promise<void> {
  const read = await readSegmentBody(body);
  for (const [digest, file] of read.files) files.set(digest, file);
  const fileOf = (n: number, type: string) => {
    const digest = read.fileList[n];
    const file = digest === undefined ? undefined : files.get(digest);
    if (!file) throw new SegmentRefusal(`a row refers to a file the chain does not hold (file ${n + 1} of its segment)`);
    return file.slice(0, file.size, type);
  };
  for (const frame of read.rows) {
    if (UNJOURNALLED_TABLES.includes(frame.table) || !target.tables.some((t) => t.name === frame.table)) throw new SegmentRefusal(`it holds rows of a table (${frame.table}) a desk does not have`);
    const table = target.table(frame.table);
    await target.transaction('rw', table, async () => {
      // The restored copy replays the desk's own history, purges and sealed pages included (append-only.ts).
      if (Dexie.currentTransaction) replayTransactions.add(Dexie.currentTransaction.idbtrans);
      if (frame.deletes.length > 0) await table.bulkDelete(frame.deletes as IndexableType[]);
      if (frame.puts.length > 0) {
        // Every desk table keys its rows inline, so each row carries its own key.
        await table.bulkPut(frame.puts.map(([, row]) => decodeValue(row, fileOf)));
      }
    });
    onRows(frame.puts.length + frame.deletes.length);
  }
}

export async function restoreChain(segments: readonly Blob[], passphrase: string | undefined, deps: RestoreDeps): Promise<RestoreOutcome> {
  const onProgress = deps.onProgress ?? (() => undefined);
  const cipher = cachingCipher();
  const opened: Opened[] = [];
  for (const file of segments) {
    const read = await readBackupHeader(blobSource(file), LATEST_SCHEMA_VERSION, cipher);
    if (!read.ok) return read;
    opened.push({ ...read, file });
  }
  const ordered = orderChain(opened);
  if (!Array.isArray(ordered)) return ordered;
  const last = ordered.at(-1);
  if (!last) return chainRefusal('no file was chosen');

  // Every segment is decrypted and authenticated before anything is written.
  const bodies: Blob[] = [];
  const total = ordered.reduce((sum, s) => sum + s.header.bodyBytes, 0);
  let done = 0;
  for (const segment of ordered) {
    const collector = blobCollector();
    const body = await openBackupBody(
      blobSource(segment.file),
      segment,
      passphrase,
      (piece) => {
        collector.add(piece);
        done += piece.length;
        onProgress({ phase: 'reading', done, total });
      },
      cipher,
    );
    if (!body.ok) return { ...body, message: `Segment ${(segment.header.chain?.index ?? 0) + 1} (${nameOf(segment.file, 0)}): ${body.message}` };
    bodies.push(collector.blob());
  }

  const header: BackupHeader = last.header;
  return restoreInto(header, deps, async (target) => {
    const files = new Map<string, Blob>();
    let rows = 0;
    try {
      for (const body of bodies) await applySegment(target, body, files, (n) => onProgress({ phase: 'importing', done: (rows += n), total: header.contents.rows }));
    } catch (error) {
      if (error instanceof SegmentRefusal || error instanceof SyntaxError) return refusedAsInvalid(`a segment's contents are not valid (${error.message})`);
      throw error;
    }
    return null;
  });
}
