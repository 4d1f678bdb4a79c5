// The desktop app opens its window with the bridge, the sandbox and the CSP in force (needs the Electron runtime).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { desktopApiFunctionNames } from '../../../shared/ipc-contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The runtime the electron package would launch, found the way its index.js finds it; undefined if not fetched. */
function electronRuntime(): string | undefined {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override
    ? path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relative && path.join(electronDir, 'dist', relative);
  return executable && existsSync(executable) ? executable : undefined;
}

const runtime = electronRuntime();
const notInstalled =
  'Electron runtime not installed: node_modules/electron has no downloaded binary, because npm install scripts are ' +
  'off for this project (run npm start once on a machine with network to fetch it, or set ELECTRON_OVERRIDE_DIST_PATH)';
// The list reporter shows a skip without its reason; say it once where the person running the tests will see it.
if (!runtime) console.warn(`Skipping the Electron tests. ${notInstalled}.`);

test.describe('the desktop app', () => {
  test.skip(!runtime, notInstalled);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    const main = path.join(root, 'dist-electron', 'main.cjs');
    if (!existsSync(main)) throw new Error('dist-electron/main.cjs is missing: run npm run build before the Electron tests');
    // A throwaway profile, so the test never opens (or litters) a real case store.
    userData = mkdtempSync(path.join(os.tmpdir(), 'complaints-desk-e2e-'));
    const env = { ...process.env, COMPLAINTS_DESK_USER_DATA: userData } as Record<string, string>;
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: runtime,
      args: [main, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one window titled Complaints Desk, served from the app scheme', async () => {
    await expect(page).toHaveTitle('Complaints Desk');
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^complaints-desk:\/\/app\/index\.html(#.*)?$/);
  });

  test('runs in en-GB whatever the machine’s language, so date inputs read dd/mm/yyyy', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
  });

  test('exposes window.complaintsDesk with only the contract’s functions', async () => {
    const bridge = await page.evaluate(() => {
      const api = (window as unknown as { complaintsDesk?: Record<string, unknown> }).complaintsDesk;
      return api ? Object.keys(api).sort().map((key) => [key, typeof api[key]]) : undefined;
    });
    expect(bridge).toEqual(desktopApiFunctionNames.map((name) => [name, 'function']));
    const info = await page.evaluate(() => (window as unknown as { complaintsDesk: { getAppInfo(): Promise<unknown> } }).complaintsDesk.getAppInfo());
    expect(info).toEqual({ version: expect.any(String), platform: process.platform });
  });

  test('gives the page no Node.js: require, process and ipcRenderer are undefined', async () => {
    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module, ipcRenderer: typeof scope.ipcRenderer };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
  });

  test('sends the Content-Security-Policy header and blocks inline script', async () => {
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(header).toBe(contentSecurityPolicy);

    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string | undefined }>((resolve) => {
          let violated: string | undefined;
          document.addEventListener('securitypolicyviolation', (event) => (violated = event.effectiveDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineScriptRan = true';
          document.head.append(script);
          setTimeout(() => resolve({ ran: Boolean((window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan), violated }), 200);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
  });

  test('refuses a bridge call with a bad argument, naming the field', async () => {
    const message = await page.evaluate(async () => {
      const api = (window as unknown as { complaintsDesk: { saveFile(request: unknown): Promise<unknown> } }).complaintsDesk;
      try {
        await api.saveFile({ suggestedName: '', mimeType: 'application/pdf', bytes: new Uint8Array(1) });
        return 'resolved';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toBe('saveFile: suggestedName must not be empty');
  });
});
