// Restores a backup: the whole file is read, decrypted and checked, then imported into a new database and checked
// again, and only then is the desk pointed at it (active-desk.ts). Any problem leaves the desk exactly as it was.
import Dexie from 'dexie';
import { importInto, peakImportFile } from 'dexie-export-import';
import { openBackupBody, readBackupHeader, type BackupProblemKind, type HeaderRead } from '../../../shared/backup/backup-file';
import type { BackupHeader } from '../../../shared/backup/backup-header';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../db';
import { rebuildAllAudiences } from '../schema/audience-rows';
import { isQuotaError } from '../errors';
import { pointDeskAt, readDeskPointer, restoreTargetName, staleDeskNames, type PointerStore } from './active-desk';
import { blobCollector, blobSource } from './blob-bytes';
import { checkRestoredDesk } from './check-restored-desk';
import { keepSinceBackup, type KeptSinceBackup } from './keep-since-restore';
import { readJoinedServer } from '../sync/joined';
import { UNJOURNALLED_TABLES } from '../schema/v21';
import { markRestored } from '../sync/restored-mark';

/**
 * On a desk joined to an office server the team's data is on the server: a restored desk must never push its old
 * changes over it. Its outbox and checkpoints are emptied, so nothing old is sent and the next sign-in pulls the
 * team's cases afresh over the restored copy (the confirmation says so, with how many changes are dropped); and it
 * is marked restored, so that before that pull it purges the cases its user may no longer see (store/sync/restored.ts).
 */
async function forgetSyncState(target: ComplaintsDatabase, now: string): Promise<void> {
  await target.transaction('rw', target.outbox, target.syncState, async () => {
    await target.outbox.clear();
    await target.syncState.filter((r) => r.key.startsWith('checkpoint:') || r.key.startsWith('first-sync:')).delete();
    await markRestored(target, now);
  });
}

export type RestorePhase = 'reading' | 'importing' | 'checking' | 'upgrading';
export interface RestoreProgress {
  phase: RestorePhase;
  done: number;
  total: number;
}

export type RestoreProblemKind = BackupProblemKind | 'invalid' | 'full';
export type RestoreOutcome = { ok: true; header: BackupHeader; database: string; kept: KeptSinceBackup } | { ok: false; kind: RestoreProblemKind; message: string };

export interface RestoreDeps {
  pointer: PointerStore;
  now: string;
  /** The desk as it is: its staff accounts and what it anonymised are kept (keep-since-restore.ts). */
  current: ComplaintsDatabase;
  onProgress?: (progress: RestoreProgress) => void;
}

const NOTHING_CHANGED = 'Nothing was changed: the desk is as it was.';

/** The header alone: what the file holds and whether it needs a passphrase, for the confirmation. */
export function inspectBackup(file: Blob): Promise<HeaderRead> {
  return readBackupHeader(blobSource(file), LATEST_SCHEMA_VERSION);
}

const invalid = (problem: string) => ({ ok: false as const, kind: 'invalid' as const, message: `This backup cannot be restored: ${problem}. ${NOTHING_CHANGED}` });

function full(bytes: number) {
  const megabytes = Math.ceil((bytes * 2) / (1024 * 1024));
  return {
    ok: false as const,
    kind: 'full' as const,
    message: `There is not enough space on this computer to restore this backup (it needs about ${megabytes} MB free). ${NOTHING_CHANGED} Free some disk space, then try again.`,
  };
}

async function importChecked(target: ComplaintsDatabase, body: Blob, header: BackupHeader, onProgress: (p: RestoreProgress) => void) {
  const meta = await peakImportFile(body).catch(() => null);
  if (!meta || meta.formatName !== 'dexie' || !meta.data) return invalid('its contents are not a readable database export');
  const expected = target.tables.map((t) => t.name).filter((name) => !UNJOURNALLED_TABLES.includes(name)).sort();
  const found = meta.data.tables.map((t) => t.name).sort();
  if (expected.join() !== found.join()) return invalid(`it holds another database (tables ${found.join(', ') || 'none'}), not a Complaints Desk desk`);
  if (meta.data.databaseVersion !== header.schemaVersion) return invalid('its contents were written under another database version than its header says');
  await importInto(target, body, {
    acceptNameDiff: true,
    noTransaction: true,
    chunkSizeBytes: 4 * 1024 * 1024,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress({ phase: 'importing', done: completedRows, total: totalRows ?? 0 });
      return true;
    },
  });
  return null;
}

/** Every user's keys as they are now: the wraps of the cases they may read are for the keys their password opens today. */
async function keepCurrentKeys(target: ComplaintsDatabase, current: ComplaintsDatabase): Promise<void> {
  const keys = await current.userKeys.toArray();
  if (keys.length > 0) await target.userKeys.bulkPut(keys);
}

export async function restoreBackup(file: Blob, passphrase: string | undefined, deps: RestoreDeps): Promise<RestoreOutcome> {
  const onProgress = deps.onProgress ?? (() => undefined);
  const source = blobSource(file);
  const read = await readBackupHeader(source, LATEST_SCHEMA_VERSION);
  if (!read.ok) return read;
  const { header } = read;
  // A segment of an automatic backup chain: its base restores on its own; a later one needs the chain before it.
  if (header.chain) return (await import('./restore-chain')).restoreChain([file], passphrase, deps);
  const collector = blobCollector('application/json');
  let done = 0;
  const opened = await openBackupBody(source, read, passphrase, (piece) => {
    collector.add(piece);
    done += piece.length;
    onProgress({ phase: 'reading', done, total: header.bodyBytes });
  });
  if (!opened.ok) return opened;
  const body = collector.blob();

  return restoreInto(header, deps, (target) => importChecked(target, body, header, onProgress));
}

/** A refusal before anything was switched: what restoreInto's `fill` returns when the data cannot go in. */
export type RestoreRefusal = Extract<RestoreOutcome, { ok: false }>;
export const refusedAsInvalid = invalid;

/**
 * Fills a new database with `fill`, checks it against `header` and brings it in line with the desk as it is now
 * (keep-since-restore.ts), then points the desk at it. Any problem deletes the new database: the desk is unchanged.
 */
export async function restoreInto(header: BackupHeader, deps: RestoreDeps, fill: (target: ComplaintsDatabase) => Promise<RestoreRefusal | null>): Promise<RestoreOutcome> {
  const onProgress = deps.onProgress ?? (() => undefined);
  // Leftovers of restores that never finished (a crash, a closed window) go first.
  const pointer = readDeskPointer(deps.pointer);
  for (const name of staleDeskNames(await Dexie.getDatabaseNames(), pointer)) await Dexie.delete(name);

  const name = restoreTargetName(deps.now);
  // Rows go in as stored: sealed ones stay sealed, whoever restores.
  let target = new ComplaintsDatabase(name, { schemaVersion: header.schemaVersion, sealing: false, journal: false });
  let switched = false;
  try {
    await target.open();
    const refused = await fill(target);
    if (refused) return refused;
    let checked = 0;
    const check = await checkRestoredDesk(target, header.contents, (rows) => onProgress({ phase: 'checking', done: (checked += rows), total: header.contents.rows }));
    if (!check.ok) return invalid(check.problem);
    if (header.schemaVersion < LATEST_SCHEMA_VERSION) {
      onProgress({ phase: 'upgrading', done: 0, total: 1 });
      target.close();
      target = new ComplaintsDatabase(name, { sealing: false, journal: false });
      await target.open();
    }
    const kept = await keepSinceBackup(target, deps.current);
    await keepCurrentKeys(target, deps.current);
    // Who may see each case is derived from the case, never taken from the file: a row cannot widen its audience.
    await target.transaction('rw', target.cases, target.caseRows, () => rebuildAllAudiences(target));
    if (readJoinedServer()) await forgetSyncState(target, deps.now);
    target.close();
    pointDeskAt(deps.pointer, name);
    switched = true;
    return { ok: true, header, database: name, kept };
  } catch (error) {
    if (isQuotaError(error)) return full(header.bodyBytes);
    return invalid(`it could not be imported (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    target.close();
    if (!switched) await Dexie.delete(name).catch(() => undefined);
  }
}
