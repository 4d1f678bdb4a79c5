// Unit and integration tests: pure domain code, the Dexie store on fake-indexeddb, main-process handlers.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['test/support/vitest-setup.ts'],
    // initdb once a run for the office server's tests, which copy its output (test/support/postgres-run.ts).
    globalSetup: ['test/support/postgres-run.ts'],
    pool: 'threads',
    // Vitest's default on 2 cores is one worker, but many tests wait on pdftotext or timers rather than compute.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
