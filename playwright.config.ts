// End-to-end tests: the browser build in headless Chromium (Debian's by default), and the same stories in
// Electron when its runtime is installed.
import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumArgs } from './test/e2e/chromium-launch';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // Two stories at a time on two cores each take longer than alone: a story gets a minute and a half.
  timeout: 90_000,
  // Every story starts from an empty desk in a browser context of its own, so stories (and the tests in one file)
  // are independent and run two at a time: on a 2-core machine that halves the end-to-end time. E2E_WORKERS=1
  // runs them one by one.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
