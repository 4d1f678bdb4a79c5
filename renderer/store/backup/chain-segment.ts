// Makes the next segment of the automatic backup chain: the whole desk for the first (the base), then only the rows
// written or deleted since the last segment (the change journal, schema/v21.ts), with each file written into the
// chain once, by its SHA-256. Every segment is sealed as a backup is (shared/backup/backup-file.ts) with the desk
// backup key, and names the header digest of the one before it, so a chain restores only whole and in order.
import Dexie, { type IndexableType, type Table } from 'dexie';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { cachingCipher, headerDigestOf, sealBackup, type BackupDescription } from '../../../shared/backup/backup-file';
import type { BackupCipher } from '../../../shared/backup/backup-cipher';
import type { ComplaintsDatabase } from '../db';
import { UNJOURNALLED_TABLES, type BackupChainState } from '../schema/v21';
import { blobCollector, blobSource } from './blob-bytes';
import { deskContents } from './desk-export';
import { backupFileName, type BackupProgress } from './make-backup';
import { encodeValue, fileFrame, FRAME_FILE_LIST, FRAME_ROWS, jsonFrame } from './segment-body';

const ROWS_PER_FRAME = 500;

export interface SegmentOptions {
  now: string;
  appVersion: string;
  /** The desk backup key (hexadecimal), from the system's key store. */
  deskKey: string;
  /** A new chain even when one is being written: its base is missing from the folder, or the key changed. */
  startAfresh?: boolean;
  cipher?: BackupCipher;
  onProgress?: (progress: BackupProgress) => void;
}

export interface PreparedSegment {
  fileName: string;
  description: BackupDescription & { chain: NonNullable<BackupDescription['chain']> };
  pieces: AsyncGenerator<Uint8Array>;
  /** Records the segment as written: call once its file is safely kept. Refused if another window wrote one since. */
  commit(): Promise<void>;
}

const keyId = (key: unknown) => JSON.stringify(key);
const chainTables = (db: ComplaintsDatabase) => db.tables.filter((t) => !UNJOURNALLED_TABLES.includes(t.name)) as Table<unknown, unknown>[];

/** "chain-1a2b3c4d-000042": the chain and the segment's number in the file name, so a folder lists a chain in order. */
export function segmentLabel(chainId: string, index: number): string {
  return `chain-${chainId.slice(0, 8)}-${String(index).padStart(6, '0')}`;
}

/** Reads every row of every table, a page at a time by primary key, inside the caller's transaction. */
async function readWholeDesk(db: ComplaintsDatabase, add: (table: string, puts: [unknown, unknown][]) => void): Promise<void> {
  for (const table of chainTables(db)) {
    let last: unknown = undefined;
    for (;;) {
      const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
      const [keys, rows] = await Promise.all([collection.clone().limit(ROWS_PER_FRAME).primaryKeys(), collection.limit(ROWS_PER_FRAME).toArray()]);
      if (rows.length === 0) break;
      add(
        table.name,
        rows.map((row, i) => [keys[i], row]),
      );
      last = keys[keys.length - 1];
      if (rows.length < ROWS_PER_FRAME) break;
    }
  }
}

/** Reads the rows the journal names after `through`; a row no longer there is a deletion. */
async function readChanges(db: ComplaintsDatabase, through: number, add: (table: string, puts: [unknown, unknown][], deletes: unknown[]) => void): Promise<number> {
  const entries = await db.changeJournal.where(':id').above(through).toArray();
  const byTable = new Map<string, Map<string, unknown>>();
  for (const entry of entries) {
    const keys = byTable.get(entry.table) ?? new Map<string, unknown>();
    keys.set(keyId(entry.key), entry.key);
    byTable.set(entry.table, keys);
  }
  for (const [name, keyed] of byTable) {
    const table = db.table(name);
    const keys = [...keyed.values()];
    for (let i = 0; i < keys.length; i += ROWS_PER_FRAME) {
      const chunk = keys.slice(i, i + ROWS_PER_FRAME);
      const rows = (await table.bulkGet(chunk as IndexableType[])) as unknown[];
      add(
        name,
        chunk.flatMap((key, n) => (rows[n] === undefined ? [] : [[key, rows[n]] as [unknown, unknown]])),
        chunk.filter((_, n) => rows[n] === undefined),
      );
    }
  }
  return entries.at(-1)?.seq ?? through;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** The next segment, or null when nothing changed since the last one (nothing to write). */
export async function prepareChainSegment(db: ComplaintsDatabase, options: SegmentOptions): Promise<PreparedSegment | null> {
  const onProgress = options.onProgress ?? (() => undefined);
  const cipher = options.cipher ?? cachingCipher();
  const current = (await db.backupChain.get('automatic')) as BackupChainState | undefined;
  const base = !current || options.startAfresh === true || current.schemaVersion !== db.verno;
  const chainId = base ? crypto.randomUUID() : current.chainId;
  const index = base ? 0 : current.nextIndex;
  const rowFrames = blobCollector();
  const files: Blob[] = [];
  let rowCount = 0;
  const add = (table: string, puts: [unknown, unknown][], deletes: unknown[] = []) => {
    if (puts.length === 0 && deletes.length === 0) return;
    rowCount += puts.length + deletes.length;
    rowFrames.add(jsonFrame(FRAME_ROWS, { table, puts: puts.map(([k, v]) => [k, encodeValue(v, files)]), deletes }));
    onProgress({ phase: 'exporting', done: rowCount, total: rowCount });
  };

  // One transaction: the rows, the counts and the journal's position agree exactly. Read-write for the base, which
  // marks the journal as kept from here (a window opening meanwhile would otherwise empty it: journal-trim.ts).
  const snapshot = await db.transaction(base ? 'rw' : 'r', db.tables, async () => {
    const transaction = Dexie.currentTransaction;
    if (transaction) db.keyring.markRaw(transaction.idbtrans);
    const contents = await deskContents(db);
    if (base) {
      const through = Number((await db.changeJournal.orderBy(':id').lastKey()) ?? 0);
      await db.backupChain.put({ key: 'pending', chainId, through });
      await readWholeDesk(db, add);
      return { contents, through };
    }
    return { contents, through: await readChanges(db, current.through, add) };
  });
  if (!base && rowCount === 0) return null;

  // Files: each by its SHA-256, its bytes only when the chain does not hold it yet.
  const digests: string[] = [];
  const fileFrames = blobCollector();
  const written = new Set<string>();
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const digest = await sha256Hex(bytes);
    digests.push(digest);
    if (written.has(digest) || (!base && (await db.backupFiles.get(digest)))) continue;
    written.add(digest);
    fileFrames.add(fileFrame(digest, bytes));
    onProgress({ phase: 'exporting', done: i + 1, total: files.length });
  }
  const body = new Blob([jsonFrame(FRAME_FILE_LIST, digests), fileFrames.blob(), rowFrames.blob()]);

  const salt = base ? crypto.getRandomValues(new Uint8Array(16)) : hexToBytes(current.salt);
  const chain = { id: chainId, index, previous: base ? null : current.lastDigest, through: snapshot.through };
  const description = { schemaVersion: db.verno, createdAt: options.now, appVersion: options.appVersion, contents: snapshot.contents, chain };
  let digest = '';
  async function* pieces(): AsyncGenerator<Uint8Array> {
    let done = 0;
    for await (const piece of sealBackup(blobSource(body), description, { passphrase: options.deskKey, keySource: 'desk-key', salt, cipher })) {
      if (!digest) digest = headerDigestOf(piece);
      done += piece.length;
      onProgress({ phase: 'sealing', done: Math.min(done, body.size), total: body.size });
      yield piece;
    }
  }
  const fileName = backupFileName(options.now, segmentLabel(chainId, index));

  async function commit(): Promise<void> {
    if (!digest) throw new Error('The segment was not written: nothing to record');
    await db.transaction('rw', [db.backupChain, db.backupFiles, db.changeJournal], async () => {
      const now = (await db.backupChain.get('automatic')) as BackupChainState | undefined;
      if (!base && (now?.chainId !== chainId || now.nextIndex !== index)) throw new Error('Another window wrote a backup segment at the same time: this one is not part of the chain');
      const state: BackupChainState = {
        key: 'automatic',
        chainId,
        nextIndex: index + 1,
        lastDigest: digest,
        through: snapshot.through,
        schemaVersion: db.verno,
        salt: bytesToHex(salt),
        baseFileName: base ? fileName : (current?.baseFileName ?? fileName),
        startedAt: base ? options.now : (current?.startedAt ?? options.now),
      };
      await db.backupChain.put(state);
      await db.backupChain.delete('pending');
      if (base) await db.backupFiles.clear();
      await db.backupFiles.bulkPut([...written].map((d) => ({ digest: d })));
      await db.changeJournal.where(':id').belowOrEqual(snapshot.through).delete();
    });
  }
  return { fileName, description, pieces: pieces(), commit };
}
