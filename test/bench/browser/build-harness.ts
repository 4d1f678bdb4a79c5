// Builds the store harness page (harness.js, its chunks, seed-worker.js, index.html) with esbuild, for Playwright to
// load. As in the app's build (scripts/eager-compile.ts), Dexie is a chunk of its own marked for eager compiling.
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEagerlyCompiled, markedForEagerCompile } from '../../../scripts/eager-compile';

const here = path.dirname(fileURLToPath(import.meta.url));

export const HARNESS_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Complaints Desk store harness</title></head>
<body><main><h1>Store harness</h1></main><script type="module" src="./harness.js"></script></body></html>
`;

const common: BuildOptions = { bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', minify: false, sourcemap: false, write: false, logLevel: 'warning' };

/** Writes the page into `outDir` and returns its files by name (for serving from memory too). */
export async function buildHarness(outDir: string): Promise<Map<string, string>> {
  mkdirSync(outDir, { recursive: true });
  // Dexie as a second entry point makes esbuild split it into a chunk the harness imports.
  const page = await build({
    ...common,
    entryPoints: { harness: path.join(here, 'harness.ts'), 'dexie-entry': path.resolve(here, '../../../node_modules/dexie/import-wrapper.mjs') },
    outdir: outDir,
    splitting: true,
    metafile: true,
  });
  // The worker is built on its own, unsplit, as before: its text keys the cached seeded profile.
  const worker = await build({ ...common, entryPoints: { 'seed-worker': path.join(here, 'seed-worker.ts') }, outdir: outDir });
  const eager = new Set(
    Object.entries(page.metafile.outputs)
      .filter(([, output]) => Object.keys(output.inputs).length > 0 && Object.keys(output.inputs).every((input) => isEagerlyCompiled(path.resolve(input))))
      .map(([file]) => path.basename(file)),
  );
  if (eager.size === 0) throw new Error('The harness build has no chunk holding only Dexie to mark for eager compiling');
  const files = new Map<string, string>([['index.html', HARNESS_HTML]]);
  for (const file of [...(page.outputFiles ?? []), ...(worker.outputFiles ?? [])]) {
    const name = path.basename(file.path);
    files.set(name, eager.has(name) ? markedForEagerCompile(file.text) : file.text);
  }
  for (const [name, text] of files) writeFileSync(path.join(outDir, name), text);
  return files;
}
