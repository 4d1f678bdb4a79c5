// Bundles the main process and the preload into dist-electron/ with esbuild; the renderer is Vite's job.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

/** Settings both bundles share: one CommonJS file each, everything but electron inlined, so no node_modules ship. */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'info',
};

await rm(outdir, { recursive: true, force: true });

await Promise.all([
  // Electron 45 runs the main process on a newer Node than 22; node22 output is a subset of it and stays portable.
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts' },
    outExtension: { '.js': '.cjs' },
    outdir,
    platform: 'node',
    target: 'node22',
  }),
  // A sandboxed preload may require only 'electron' and a few polyfilled built-ins, so its imports are inlined;
  // it imports shared/ipc-channels.ts rather than the contract so that zod stays out of it.
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outExtension: { '.js': '.cjs' },
    outdir,
    platform: 'node',
    target: 'node22',
  }),
]);
