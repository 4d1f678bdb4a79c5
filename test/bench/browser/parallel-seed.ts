// Seeds the store from several workers: they generate batches, this thread writes each one in its own transaction.
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { deskPlan, deskSummary, type DeskOptions, type SeedBatch } from '../../../renderer/store/seed/synthetic-desk';
import { writeSeedBatch, writeSeedSummary, type SeedProgress } from '../../../renderer/store/seed/write-seed';
import { prepareSeedKeys } from '../../../renderer/store/seed/seed-keys';

type WorkerReply = { kind: 'ready' } | { kind: 'batch'; index: number; batch: SeedBatch } | { kind: 'error'; message: string };

/** Generates and writes a desk with `workers` workers; returns how much was written and how long it took. */
export async function seedInWorkers(dbName: string, options: DeskOptions, workers: number, workerUrl: string): Promise<SeedProgress & { ms: number; writeMs: number }> {
  const started = performance.now();
  const plan = deskPlan(options);
  const db = new ComplaintsDatabase(dbName);
  await db.open();
  const { users } = deskSummary(plan);
  await prepareSeedKeys(db, users, new Date().toISOString());
  const progress: SeedProgress = { cases: 0, events: 0, files: 0 };
  let nextIndex = 0;
  let writing = Promise.resolve();
  let writeMs = 0;
  let waiting = 0;
  const stalled: (() => void)[] = [];
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl, { type: 'module' }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const ask = () => {
              if (nextIndex >= plan.batchCount) return resolve();
              worker.postMessage({ kind: 'batch', index: nextIndex });
              nextIndex += 1;
            };
            worker.onerror = (event) => reject(new Error(event.message));
            worker.onmessage = (message: MessageEvent<WorkerReply>) => {
              const reply = message.data;
              if (reply.kind === 'error') return reject(new Error(reply.message));
              if (reply.kind === 'ready') return ask();
              // Writes go one after another; the worker starts on its next batch meanwhile, unless one batch per
              // worker is already waiting to be written (generating outruns IndexedDB, and memory is not endless).
              waiting += 1;
              if (waiting <= workers) ask();
              else stalled.push(ask);
              writing = writing.then(async () => {
                const writeStarted = performance.now();
                await writeSeedBatch(db, reply.batch, users);
                writeMs += performance.now() - writeStarted;
                waiting -= 1;
                stalled.shift()?.();
                progress.cases += reply.batch.cases.length;
                progress.events += reply.batch.eventCount;
                progress.files += reply.batch.files.length;
                const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
                if (progress.cases % 5000 < plan.batchSize) console.log(`seed-progress ${progress.cases} ${progress.events} ${Math.round(writeMs)} ${Math.round(heap / 1e6)}`);
              });
              writing.catch(reject);
            };
            worker.postMessage({ kind: 'plan', options });
          }),
      ),
    );
    await writing;
    await writeSeedSummary(db, deskSummary(plan));
  } finally {
    for (const worker of pool) worker.terminate();
    db.close();
  }
  return { ...progress, ms: performance.now() - started, writeMs };
}
