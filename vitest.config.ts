// Unit and integration tests: pure domain code, the Dexie store on fake-indexeddb, main-process handlers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
  },
});
