// End-to-end tests: the browser build in headless Chromium (Debian's by default), and the same stories in
// Electron when its runtime is installed.
import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumArgs } from './test/e2e/chromium-launch';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1366, height: 860 },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'browser',
      testIgnore: ['**/electron/**'],
      use: { browserName: 'chromium', launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs } },
    },
    { name: 'electron', testMatch: ['**/electron/**/*.spec.ts'] },
  ],
});
