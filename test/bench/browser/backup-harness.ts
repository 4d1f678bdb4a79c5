// The backup round trip, loaded into a bare page for the backup benchmark: window.backupHarness.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import Dexie from 'dexie';
import { activeDeskName, type PointerStore } from '../../../renderer/store/backup/active-desk';
import { exportDesk } from '../../../renderer/store/backup/desk-export';
import { backupBlob } from '../../../renderer/store/backup/make-backup';
import { restoreBackup, type RestoreProgress } from '../../../renderer/store/backup/restore-backup';
import { blobSource } from '../../../renderer/store/backup/blob-bytes';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../../../renderer/store/db';
import { openBackupBody, readBackupHeader } from '../../../shared/backup/backup-file';

type Memory = { memory?: { usedJSHeapSize: number } };
let peakHeap = 0;
setInterval(() => {
  peakHeap = Math.max(peakHeap, (performance as Performance & Memory).memory?.usedJSHeapSize ?? 0);
}, 100);

/** SHA-256 and size of the desk's whole export, read in slices. */
async function exportFingerprint(db: ComplaintsDatabase): Promise<{ bytes: number; sha256: string; ms: number }> {
  const started = performance.now();
  const blob = await exportDesk(db);
  const hash = sha256.create();
  for (let offset = 0; offset < blob.size; offset += 16 * 1024 * 1024) hash.update(new Uint8Array(await blob.slice(offset, offset + 16 * 1024 * 1024).arrayBuffer()));
  return { bytes: blob.size, sha256: bytesToHex(hash.digest()), ms: performance.now() - started };
}

/** SHA-256 and size of the database export inside a backup file, read and checked part by part. */
async function bodyFingerprint(file: Blob, passphrase: string | undefined): Promise<{ bytes: number; sha256: string }> {
  const source = blobSource(file);
  const header = await readBackupHeader(source, LATEST_SCHEMA_VERSION);
  if (!header.ok) throw new Error(header.message);
  const hash = sha256.create();
  const opened = await openBackupBody(source, header, passphrase, (piece) => void hash.update(piece));
  if (!opened.ok) throw new Error(opened.message);
  return { bytes: opened.bytes, sha256: bytesToHex(hash.digest()) };
}

const log = (text: string) => console.log(`backup-progress ${text}`);

async function roundTrip(dbName: string, passphrase: string, now: string) {
  const memory = new Map<string, string>();
  const pointer: PointerStore = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  const db = new ComplaintsDatabase(dbName);
  await db.open();
  const cases = await db.cases.count();
  peakHeap = 0;
  let started = performance.now();
  let last = 0;
  const backup = await backupBlob(db, {
    now,
    appVersion: 'bench',
    passphrase,
    onProgress: (p) => {
      if (performance.now() - last > 10_000) {
        last = performance.now();
        log(`backup ${p.phase} ${p.done}/${p.total}`);
      }
    },
  });
  const backupMs = performance.now() - started;
  const heapBackup = peakHeap;
  log(`backup ${backup.blob.size} bytes in ${Math.round(backupMs)} ms`);
  // The export before the wipe is the backup's own body (the same bytes exportDesk gives): fingerprint it from the file.
  const before = await bodyFingerprint(backup.blob, passphrase);
  log(`backup body ${before.bytes} bytes, sha256 ${before.sha256}`);

  db.close();
  started = performance.now();
  await Dexie.delete(dbName);
  const wipeMs = performance.now() - started;

  peakHeap = 0;
  const current = new ComplaintsDatabase(`${dbName}-empty`);
  await current.open();
  started = performance.now();
  const phases: Record<string, number> = {};
  let phaseStarted = performance.now();
  let phase = '';
  const outcome = await restoreBackup(backup.blob, passphrase, {
    pointer,
    now,
    current,
    onProgress: (p: RestoreProgress) => {
      if (p.phase !== phase) {
        if (phase) phases[phase] = performance.now() - phaseStarted;
        phase = p.phase;
        phaseStarted = performance.now();
        log(`restore ${p.phase}`);
      }
    },
  });
  if (phase) phases[phase] = performance.now() - phaseStarted;
  const restoreMs = performance.now() - started;
  const heapRestore = peakHeap;
  current.close();
  if (!outcome.ok) throw new Error(`The restore was refused: ${outcome.message}`);
  log(`restored in ${Math.round(restoreMs)} ms`);

  const restored = new ComplaintsDatabase(activeDeskName(pointer));
  await restored.open();
  const after = await exportFingerprint(restored);
  restored.close();
  return {
    cases,
    exportBytes: before.bytes,
    backupBytes: backup.blob.size,
    encrypted: passphrase !== undefined,
    backupMs,
    wipeMs,
    restoreMs,
    restorePhasesMs: phases,
    identical: before.sha256 === after.sha256 && before.bytes === after.bytes,
    exportSha256: before.sha256,
    restoredSha256: after.sha256,
    exportAfterMs: after.ms,
    peakHeapBytes: { backup: heapBackup, restore: heapRestore },
    restoredDatabase: restored.name,
  };
}

const harness = { roundTrip };
export type BackupHarness = typeof harness;
(globalThis as unknown as { backupHarness: BackupHarness }).backupHarness = harness;
