// Builds the store harness page (harness.js, seed-worker.js, index.html) with esbuild, for Playwright to load.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const HARNESS_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Complaints Desk store harness</title></head>
<body><main><h1>Store harness</h1></main><script type="module" src="./harness.js"></script></body></html>
`;

/** Writes the page into `outDir` and returns its files by name (for serving from memory too). */
export async function buildHarness(outDir: string): Promise<Map<string, string>> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { harness: path.join(here, 'harness.ts'), 'seed-worker': path.join(here, 'seed-worker.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    write: false,
    logLevel: 'warning',
  });
  const files = new Map<string, string>([['index.html', HARNESS_HTML]]);
  for (const file of result.outputFiles) files.set(path.basename(file.path), file.text);
  for (const [name, text] of files) writeFileSync(path.join(outDir, name), text);
  return files;
}
