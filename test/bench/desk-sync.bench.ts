// A change made on one desk, visible on the others: 20 desks connected (the app's own SyncLoop in this process,
// each desk its own Dexie on fake-indexeddb, waiting pulls against the real server and PostgreSQL), one of them
// records complaints; the time from the record until each other desk holds the case. Baseline: the same change's
// push and one pull by hand, one desk alone, in the same run. BENCH_SYNC_DESKS and BENCH_SYNC_CHANGES size it. All
// desks and the server share this one process (one core for 20 desks' Dexie work): a figure for the slowest case.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { recordComplaint } from '../../renderer/store/cases';
import { installSyncHook } from '../../renderer/store/sync-hook';
import { makeSyncHook } from '../../renderer/store/sync/hook';
import { SyncLoop } from '../../renderer/store/sync/loop';
import { pushWaiting } from '../../renderer/store/sync/push';
import { intake, now, openDesk, pullAll, type Desk } from '../support/sync-desks';
import { PASSWORD, startHarness } from '../support/sync-server';
import { postgresMissing, startPostgres } from '../support/postgres';

const DESKS = Number(process.env.BENCH_SYNC_DESKS ?? 20);
const CHANGES = Number(process.env.BENCH_SYNC_CHANGES ?? 20);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

async function record(desk: Desk, i: number): Promise<string> {
  const r = await recordComplaint(desk.db, intake(desk.actor.userId, `Bench Customer ${i}`, `Bill ${i} was estimated twice`), desk.actor, now());
  if (!r.ok) throw new Error(r.missing.join('; '));
  return r.case.id;
}

async function main(): Promise<void> {
  const missing = postgresMissing();
  if (missing) {
    console.log(JSON.stringify({ figure: 'deskSync', skipped: missing }));
    return;
  }
  const cluster = await startPostgres();
  const harness = await startHarness(cluster, 'desksync');
  const loops: SyncLoop[] = [];
  try {
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    const desks: Desk[] = [];
    for (let i = 0; i < DESKS; i += 1) desks.push(await openDesk(harness, origin, `agent${i}`, `Agent ${i}`, 'agent', { keys: false }));
    const [writer, ...readers] = desks as [Desk, ...Desk[]];

    // Baseline: one desk alone, the change pushed and pulled back by hand.
    const baselineMs: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      await record(writer, -i - 1);
      const t0 = performance.now();
      await pushWaiting(writer.db, writer.client, writer.actor, now);
      await pullAll(writer);
      baselineMs.push(performance.now() - t0);
    }
    for (const desk of desks) await pullAll(desk);

    for (const desk of desks) {
      const loop = new SyncLoop({ db: desk.db, client: desk.client, actor: desk.actor, reconnect: async () => desk.client.signIn(desk.name.replace('Agent ', 'agent'), PASSWORD).then(() => true, () => false) });
      loop.start();
      loops.push(loop);
    }
    await new Promise((r) => setTimeout(r, 1000));

    const visibleMs: number[] = [];
    for (let i = 0; i < CHANGES; i += 1) {
      const caseId = await record(writer, i);
      const t0 = performance.now();
      loops[0]?.kick();
      const waiting = new Set(readers);
      while (waiting.size > 0) {
        if (performance.now() - t0 > 30_000) throw new Error(`Change ${i} did not reach ${waiting.size} desks within 30 s`);
        await new Promise((r) => setTimeout(r, 20));
        for (const desk of [...waiting]) {
          if (await desk.db.caseRows.get(caseId)) {
            visibleMs.push(performance.now() - t0);
            waiting.delete(desk);
          }
        }
      }
    }
    const p95 = percentile(visibleMs, 95);
    console.log(
      JSON.stringify({
        figure: 'deskSync.changeVisibleOnOtherDesks',
        desks: DESKS,
        changes: CHANGES,
        samples: visibleMs.length,
        p50Ms: round(percentile(visibleMs, 50)),
        p95Ms: round(p95),
        target: 'p95 < 2000 ms with 20 desks connected',
        ok: p95 < 2000 && DESKS >= 20,
        baselineOneDeskPushAndPullMs: { p50: round(percentile(baselineMs, 50)), p95: round(percentile(baselineMs, 95)) },
        pollEveryMs: 20,
        loadAverage1m: round(loadavg()[0] ?? 0),
        cpus: availableParallelism(),
      }),
    );
  } finally {
    await Promise.all(loops.map((l) => l.stop()));
    installSyncHook(null);
    await harness.app.close();
    await harness.pool.end();
    cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
