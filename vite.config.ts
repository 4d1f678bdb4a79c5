// Vite builds the renderer; it is the same bundle in Electron (loaded from file) and in a plain browser.
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { eagerCompile } from './scripts/eager-compile.js';

/**
 * RENDERER_OUT_DIR lets several builds (and their preview servers) run side by side. The folder is emptied
 * before each build, so a blank value, or one that is or holds the renderer's sources, is refused.
 */
function rendererOutDir(): string {
  const chosen = process.env.RENDERER_OUT_DIR?.trim() || '../dist/renderer';
  const sources = path.resolve('renderer');
  const out = path.resolve(sources, chosen);
  if (out === sources || !path.relative(out, sources).startsWith('..')) {
    throw new Error(`RENDERER_OUT_DIR "${chosen}" would empty the renderer's sources: choose a folder outside renderer/`);
  }
  return out;
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), eagerCompile()],
  // msgreader (Outlook .msg) imports iconv-lite, which needs Node's Buffer: the renderer gets a TextDecoder shim.
  resolve: { alias: { 'iconv-lite': path.resolve('renderer/host/shims/iconv-lite.ts') } },
  build: {
    outDir: rendererOutDir(),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
});
