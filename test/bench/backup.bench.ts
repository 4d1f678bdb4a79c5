// Benchmark: back up the 100,000-case seeded desk in Chromium, wipe it, restore it, and check the export is identical.
// Reports the time of each step and the peak memory (the page's JS heap, and the resident memory of all Chromium
// processes, sampled every half second). Reuses the seeded profile the store benchmark keeps in test-results/bench-store
// (seeding it first, through that benchmark, when there is none). One JSON line on stdout, progress on stderr.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium-launch';
import type { BackupHarness } from './browser/backup-harness';

const CASES = Number(process.env.STORE_BENCH_CASES ?? 100_000);
// The seeded profile's IndexedDB belongs to its origin: serve from the port the store benchmark seeded it on.
const PORT = Number(process.env.STORE_BENCH_PORT ?? 47_231);
const DB = 'complaints-desk-bench';
const NOW = '2026-12-01T17:00:00.000Z';
const PASSPHRASE = 'bench passphrase for the round trip';
const log = (text: string) => process.stderr.write(`${text}\n`);

function cachedProfile(): string | undefined {
  const root = path.resolve('test-results/bench-store');
  if (!existsSync(root)) return undefined;
  const found = readdirSync(root).find((name) => name.startsWith('profile-') && existsSync(path.join(root, name, 'seed-figure.json')));
  return found ? path.join(root, found, 'profile') : undefined;
}

function chromiumRssBytes(): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.includes('chromium') && line.includes('backup-bench-'))
      .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0] ?? 0) * 1024, 0);
  } catch {
    return 0;
  }
}

let seeded = cachedProfile();
if (!seeded) {
  log('# backup bench: no seeded profile yet, seeding through the store benchmark');
  spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/store.bench.ts'], { stdio: 'inherit', env: { ...process.env, STORE_BENCH_SEED_ONLY: '1', STORE_BENCH_PORT: String(PORT) } });
  seeded = cachedProfile();
  if (!seeded) throw new Error('Seeding the store benchmark profile failed');
}

const out = await build({ entryPoints: [path.resolve('test/bench/browser/backup-harness.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', write: false, logLevel: 'warning' });
const script = out.outputFiles[0]!.text;
const html = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Backup bench</title></head><body><script type="module" src="./backup.js"></script></body></html>';
const server: Server = createServer((req, res) => {
  const name = (req.url ?? '/').split('?')[0];
  if (name === '/backup.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  if (name === '/' || name === '/index.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));

const profile = mkdtempSync(path.join(tmpdir(), 'backup-bench-'));
cpSync(seeded, profile, { recursive: true });
log(`# backup bench: ${CASES.toLocaleString('en-GB')}-case profile copied to ${profile}`);
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, chromiumRssBytes());
}, 500);
const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.text().startsWith('backup-progress ')) log(`  ${message.text().slice(16)}`);
    else if (message.type() === 'error') log(`  page: ${message.text()}`);
  });
  page.on('crash', () => log('  the page crashed (out of memory?)'));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => 'backupHarness' in window);
  const started = performance.now();
  const result = await page.evaluate(
    ({ db, passphrase, now }) => (window as unknown as { backupHarness: BackupHarness }).backupHarness.roundTrip(db, passphrase, now),
    { db: DB, passphrase: PASSPHRASE, now: NOW },
  );
  const round = (ms: number) => Math.round(ms);
  console.log(
    JSON.stringify({
      figure: 'backup.roundTrip',
      cases: result.cases,
      encrypted: result.encrypted,
      exportBytes: result.exportBytes,
      backupBytes: result.backupBytes,
      backupMs: round(result.backupMs),
      wipeMs: round(result.wipeMs),
      restoreMs: round(result.restoreMs),
      restorePhasesMs: Object.fromEntries(Object.entries(result.restorePhasesMs).map(([k, v]) => [k, round(v)])),
      exportAfterRestoreMs: round(result.exportAfterMs),
      totalMs: round(performance.now() - started),
      identicalExport: result.identical,
      peakHeapMB: Object.fromEntries(Object.entries(result.peakHeapBytes).map(([k, v]) => [k, Math.round(v / 1e6)])),
      peakChromiumRssMB: Math.round(peakRss / 1e6),
      ok: result.identical,
    }),
  );
  if (!result.identical) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
