// Benchmark: the case store on 100,000 synthetic cases in Chromium's real IndexedDB, each figure against a raw
// IndexedDB read of the same rows. One JSON line per figure on stdout, progress on stderr.
// Seeding a fresh profile takes minutes on a small machine (each IndexedDB put costs a fixed ~0.15-0.25 ms in
// Chromium), so the seeded profile is kept in test-results/bench-store/ and copied into a fresh user-data-dir
// on later runs while the harness code and case count are unchanged. STORE_BENCH_RESEED=1 seeds afresh.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium-launch';
import { buildHarness } from './browser/build-harness';
import type { StoreHarness } from './browser/harness';
import type { Measured } from './browser/figures';

const CASES = Number(process.env.STORE_BENCH_CASES ?? 100_000);
const WORKERS = Number(process.env.STORE_BENCH_WORKERS ?? Math.max(1, Math.min(4, cpus().length)));
const COLD_RUNS = 3;
const DB = 'complaints-desk-bench';
const NOW = '2026-11-20T16:30:00.000Z';
const MAX_RATIO = 3;
const SEED_SOURCES = [
  'renderer/store/db.ts',
  'renderer/store/schema/v1.ts',
  'renderer/store/schema/v2.ts',
  'renderer/store/schema/v3.ts',
  'renderer/store/schema/v4.ts',
  'renderer/store/schema/v5.ts',
  'renderer/store/schema/versions.ts',
  'renderer/store/seed/write-seed.ts',
  'test/bench/browser/parallel-seed.ts',
];
// Fixed, because IndexedDB belongs to the origin (host and port): a reused profile must be served from the same one.
const PORT = Number(process.env.STORE_BENCH_PORT ?? 47_231);

const log = (text: string) => process.stderr.write(`${text}\n`);
type Window = { storeHarness: StoreHarness };

function serve(files: Map<string, string>): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript' };
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'index.html';
    const body = files.get(name);
    if (name === 'favicon.ico') return void res.writeHead(204).end();
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': `${types[name.split('.').pop() ?? ''] ?? 'text/plain'}; charset=utf-8` });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`The bench page cannot be served on port ${PORT} (${error.message}): set STORE_BENCH_PORT`)));
    server.listen(PORT, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${PORT}/` }));
  });
}

async function launch(profile: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    const text = message.text();
    const progress = /^seed-progress (\d+) (\d+) (\d+) (\d+)/.exec(text);
    if (progress) log(`  seeded ${Number(progress[1]).toLocaleString('en-GB')} cases, ${Number(progress[2]).toLocaleString('en-GB')} events (${Math.round(Number(progress[3]) / 1000)} s writing, ${progress[4]} MB heap)`);
    else if (message.type() === 'error') log(`  page: ${text}`);
  });
  page.on('crash', () => log('  the page crashed (out of memory?)'));
  await page.goto(url);
  await page.waitForFunction(() => 'storeHarness' in window);
  return { context, page };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;
let failures = 0;

/** Prints a figure; one without a target is informational and only has to stay within 3x of raw. */
function report(m: Omit<Measured, 'targetMs'> & { targetMs: number | null }): void {
  const ratio = m.baselineMs > 0 ? m.ms / m.baselineMs : 0;
  const ok = (m.targetMs === null || m.ms <= m.targetMs) && ratio <= MAX_RATIO;
  if (!ok) failures += 1;
  console.log(JSON.stringify({ figure: m.figure, cases: CASES, ms: round(m.ms), baselineMs: round(m.baselineMs), targetMs: m.targetMs, ratio: Math.round(ratio * 100) / 100, runs: m.runs, ...(m.rows !== undefined ? { rows: m.rows } : {}), ok }));
}

/** Seeds `profile`, or copies in the profile a previous run seeded with the same code and size. */
async function seededProfile(profile: string, url: string, files: Map<string, string>): Promise<void> {
  // What decides the seeded data: the generator (all of seed-worker.js), how batches are written, the schema, the size.
  const hash = createHash('sha256').update(files.get('seed-worker.js') ?? '').update(String(CASES));
  for (const source of SEED_SOURCES) hash.update(readFileSync(path.resolve(source)));
  const key = hash.digest('hex').slice(0, 16);
  const cacheRoot = path.resolve('test-results/bench-store');
  const cache = path.join(cacheRoot, `profile-${key}`);
  const figureFile = path.join(cache, 'seed-figure.json');
  if (process.env.STORE_BENCH_RESEED !== '1' && existsSync(figureFile)) {
    log(`# store bench: reusing the ${CASES.toLocaleString('en-GB')}-case profile seeded earlier (${cache}); STORE_BENCH_RESEED=1 to seed again`);
    cpSync(path.join(cache, 'profile'), profile, { recursive: true });
    console.log(JSON.stringify({ ...JSON.parse(readFileSync(figureFile, 'utf8')), reusedProfile: true }));
    return;
  }
  log(`# store bench: seeding ${CASES.toLocaleString('en-GB')} cases in Chromium with ${WORKERS} workers (profile ${profile})`);
  const { context, page } = await launch(profile, url);
  const seeded = await page
    .evaluate(
      ({ db, cases, workers }) => (window as unknown as Window).storeHarness.seedInWorkers(db, { cases }, workers, './seed-worker.js'),
      { db: DB, cases: CASES, workers: WORKERS },
    )
    .finally(() => context.close());
  const figure = { figure: 'store.seed', cases: seeded.cases, events: seeded.events, attachments: seeded.files, ms: Math.round(seeded.ms), writeMs: Math.round(seeded.writeMs), casesPerSecond: Math.round(seeded.cases / (seeded.ms / 1000)) };
  console.log(JSON.stringify(figure));
  for (const old of readdirSync(cacheRoot).filter((name) => name.startsWith('profile-'))) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  cpSync(profile, path.join(cache, 'profile'), { recursive: true });
  writeFileSync(figureFile, JSON.stringify(figure));
}

const benchStarted = performance.now();
const profile = mkdtempSync(path.join(tmpdir(), 'store-bench-'));
const files = await buildHarness(path.resolve('test-results/bench-store'));
const { server, url } = await serve(files);
let context: BrowserContext | null = null;
try {
  await seededProfile(profile, url, files);
  if (process.env.STORE_BENCH_SEED_ONLY) process.exit(0);
  let page: Page;

  // First open after the browser starts (LevelDB opened from disk; the OS file cache stays warm): informational.
  const started: number[] = [];
  const rawStarted: number[] = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    ({ context, page } = await launch(profile, url));
    started.push((await page.evaluate(({ db, now }) => (window as unknown as Window).storeHarness.coldOpen(db, now), { db: DB, now: NOW })).ms);
    await context.close();
    ({ context, page } = await launch(profile, url));
    rawStarted.push((await page.evaluate((db) => (window as unknown as Window).storeHarness.rawColdOpen(db), DB)).ms);
    await context.close();
  }
  report({ figure: 'store.openAfterBrowserStart', ms: median(started), baselineMs: median(rawStarted), targetMs: null, runs: COLD_RUNS });

  // A new window of the running app opens the database and reads the first page of the list. `page` stays open
  // holding a connection, as the app's main window does: Chromium closes a database's files a moment after its
  // last connection closes, and reopening ~1 GB of them costs the same 1-2 s whoever asks (the figure above).
  ({ context, page } = await launch(profile, url));
  await page.evaluate(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => {
          (globalThis as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    DB,
  );
  const opened: number[] = [];
  const rawOpened: number[] = [];
  const openOnly: number[] = [];
  const rawOpenOnly: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    // Alternate which goes first, so that neither always sees the other's warm-up.
    const order = [[opened, false], [rawOpened, true]] as const;
    for (const [into, raw] of i % 2 === 0 ? order : [...order].reverse()) {
      const window = await context.newPage();
      await window.goto(url);
      await window.waitForFunction(() => 'storeHarness' in globalThis);
      const result = raw
        ? await window.evaluate((db) => (globalThis as unknown as Window).storeHarness.rawColdOpen(db), DB)
        : await window.evaluate(({ db, now }) => (globalThis as unknown as Window).storeHarness.coldOpen(db, now), { db: DB, now: NOW });
      into.push(result.ms);
      (raw ? rawOpenOnly : openOnly).push(result.openMs);
      await window.close();
    }
  }
  await context.close();
  report({ figure: 'store.openDatabaseAndFirstPage', ms: median(opened), baselineMs: median(rawOpened), targetMs: 100, runs: opened.length });
  log(`  of which opening the database: ${round(median(openOnly))} ms (raw ${round(median(rawOpenOnly))} ms)`);

  ({ context, page } = await launch(profile, url));
  const warm = await page.evaluate(({ db, now }) => (window as unknown as Window).storeHarness.warmFigures(db, now), { db: DB, now: NOW });
  for (const m of warm) report(m);
  const workList = await page.evaluate(({ db, now }) => (window as unknown as Window).storeHarness.workListFigures(db, now), { db: DB, now: NOW });
  for (const m of workList) report(m);
  await context.close();
} finally {
  await context?.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
log(`# store bench done in ${Math.round((performance.now() - benchStarted) / 1000)} s; ${failures === 0 ? 'every figure within target and 3x of raw' : `${failures} figure(s) missed a target`}`);
process.exit(failures === 0 ? 0 : 1);
