// Benchmark: the automatic backup chain (fake-indexeddb in Node; BACKUP_CHAIN_BENCH_CASES sets the desk's size,
// 100,000 being the desk). Seeds a desk (the baseline: the store benchmark's seeding of the same rows, timed
// in this run), writes the chain's base, makes 100 changes, times the incremental backup (target under 10 s), then
// restores the whole chain into an empty desk and times it against the seeding (target within 1.5x).
// One JSON line per figure on stdout, progress on stderr.
import 'fake-indexeddb/auto';
import '../integration/store/backup/web-platform';
import { ComplaintsDatabase } from '../../renderer/store/db';
import { prepareChainSegment, type PreparedSegment } from '../../renderer/store/backup/chain-segment';
import { restoreChain } from '../../renderer/store/backup/restore-chain';
import { seedDesk } from '../../renderer/store/seed/write-seed';
import { deskPlan } from '../../renderer/store/seed/synthetic-desk';

const CASES = Number(process.env.BACKUP_CHAIN_BENCH_CASES ?? 2000);
const CHANGES = 100;
const deskKey = 'ab'.repeat(32);
const NOW = '2026-12-01T17:00:00.000Z';
const log = (text: string) => process.stderr.write(`${text}\n`);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function written(making: Promise<PreparedSegment | null>): Promise<Blob> {
  const segment = await making;
  if (!segment) throw new Error('expected a segment');
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for await (const piece of segment.pieces) pieces.push(piece as Uint8Array<ArrayBuffer>);
  await segment.commit();
  return new Blob(pieces);
}

const db = new ComplaintsDatabase(`backup-chain-bench-${Date.now()}`);
await db.open();
log(`seeding ${CASES.toLocaleString('en-GB')} cases…`);
const seeding = await timed(() => seedDesk(db, deskPlan({ cases: CASES, seed: 5 })));
log(`writing the chain's base…`);
const base = await timed(() => written(prepareChainSegment(db, { now: NOW, appVersion: 'bench', deskKey })));
// 100 changes: a setting and 99 cases touched (their list rows rewritten), as a day's work would.
const ids = (await db.caseRows.limit(CHANGES - 1).primaryKeys()).map(String);
await db.settings.put({ key: 'bench-change', value: NOW });
for (const id of ids) await db.caseRows.update(id, { dueSort: '2026-12-02' });
log(`${CHANGES} changes made; writing the incremental backup…`);
const increment = await timed(() => written(prepareChainSegment(db, { now: '2026-12-01T18:00:00.000Z', appVersion: 'bench', deskKey })));
log(`restoring the chain into an empty desk…`);
const map = new Map<string, string>();
const current = new ComplaintsDatabase(`backup-chain-bench-empty-${Date.now()}`);
await current.open();
const restore = await timed(() => restoreChain([base.value, increment.value], deskKey, { pointer: { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) }, now: NOW, current }));
if (!restore.value.ok) throw new Error(restore.value.message);
const round = (ms: number) => Math.round(ms);
console.log(
  JSON.stringify({ figure: 'backupChain.incremental', cases: CASES, changes: CHANGES, targetMs: 10_000, baselineMs: round(base.ms), baseline: 'the chain base (a whole-desk backup) of the same desk', ms: round(increment.ms), segmentBytes: increment.value.size, baseBytes: base.value.size, ok: increment.ms < 10_000 }),
);
const ratio = Math.round((restore.ms / seeding.ms) * 100) / 100;
console.log(
  JSON.stringify({ figure: 'backupChain.restore', cases: CASES, rows: restore.value.header.contents.rows, segments: 2, targetRatio: 1.5, baselineMs: round(seeding.ms), baseline: 'seeding the same rows (seedDesk) in this run', ms: round(restore.ms), ratio, chainBytes: base.value.size + increment.value.size, ok: ratio <= 1.5 }),
);
