// Vite builds the renderer; it is the same bundle in Electron (loaded from file) and in a plain browser.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    // RENDERER_OUT_DIR lets several builds (and their preview servers) run side by side.
    outDir: process.env.RENDERER_OUT_DIR ?? '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
});
