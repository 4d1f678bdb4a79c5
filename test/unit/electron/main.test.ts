// main.ts itself, run against a fake Electron: the window options, scheme, CSP, permissions and IPC it really installs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { ipcChannels } from '../../../shared/ipc-contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    hasLock: true,
    userData: '',
    appListeners: new Map<string, Listener>(),
    windows: [] as {
      options: BrowserWindowConstructorOptions;
      listeners: Map<string, Listener>;
      loadedUrl?: string;
      shown: boolean;
    }[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcChannels: new Map<string, Listener>(),
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    menuTemplate: undefined as unknown,
    quit: 0,
  };

  class BrowserWindow {
    private readonly record: (typeof state.windows)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, listeners: new Map(), shown: false };
      state.windows.push(this.record);
      state.calls.push('new BrowserWindow');
    }
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.record.shown = true;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    getNormalBounds() {
      return { x: 40, y: 30, width: 1200, height: 780 };
    }
  }

  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const electron = {
    app: {
      isPackaged: false,
      setName: () => state.calls.push('setName'),
      setPath: () => undefined,
      getPath: (name: string) => (name === 'userData' ? state.userData : os.tmpdir()),
      getVersion: () => '40.8.5',
      enableSandbox: () => state.calls.push('enableSandbox'),
      commandLine: { appendSwitch: (name: string, value?: string) => state.calls.push(`appendSwitch ${name}=${value ?? ''}`) },
      requestSingleInstanceLock: () => state.hasLock,
      on: (event: string, listener: Listener) => void state.appListeners.set(event, listener),
      whenReady: () => {
        state.calls.push('whenReady');
        return Promise.resolve();
      },
      isReady: () => true,
      quit: () => void (state.quit += 1),
      exit: () => undefined,
    },
    BrowserWindow,
    safeStorage: { isEncryptionAvailable: () => false, encryptString: (text: string) => Buffer.from(text), decryptString: (sealed: Buffer) => sealed.toString() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.calls.push('registerSchemesAsPrivileged');
        state.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.calls.push('protocol.handle');
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => void state.ipcChannels.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void (state.menuTemplate = menu),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const electronDir = path.resolve(__dirname, '../../../electron');

async function startMain() {
  vi.resetModules();
  await import('../../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const security = await import('../../../electron/security');
  return security;
}

beforeEach(async () => {
  fake.state.userData = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-main-'));
  fake.state.calls = [];
  fake.state.hasLock = true;
  fake.state.appListeners.clear();
  fake.state.windows = [];
  fake.state.schemes = [];
  fake.state.protocolHandlers.clear();
  fake.state.ipcChannels.clear();
  fake.state.quit = 0;
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.COMPLAINTS_DESK_USER_DATA;
});
afterEach(async () => {
  await rm(fake.state.userData, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('opens one window with exactly the secure options from security.ts', async () => {
    const security = await startMain();
    expect(fake.state.windows).toHaveLength(1);
    const { options } = fake.state.windows[0]!;
    const preloadPath = path.join(electronDir, 'preload.cjs');
    expect(options).toEqual(
      security.mainWindowOptions({ preloadPath, devTools: true, placement: { width: 1366, height: 860 } }),
    );
    expect(options.webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('loads the renderer from the app scheme, not file://, and shows it once painted', async () => {
    const security = await startMain();
    const window = fake.state.windows[0]!;
    expect(window.loadedUrl).toBe(security.appEntryUrl);
    expect(window.shown).toBe(false);
    window.listeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });

  it('registers the privileged scheme and sandboxes every renderer before the app is ready', async () => {
    const security = await startMain();
    expect(fake.state.schemes).toEqual([security.appSchemePrivileges]);
    const order = fake.state.calls;
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('whenReady'));
    // Chromium reads its locale at start: en-GB date inputs whatever the machine's language.
    expect(order).toContain('appendSwitch lang=en-GB');
    expect(order.indexOf('appendSwitch lang=en-GB')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('new BrowserWindow'));
  });

  it('serves the app scheme with the shared Content-Security-Policy as a header', async () => {
    const security = await startMain();
    const handler = fake.state.protocolHandlers.get(security.appScheme);
    expect(handler).toBeDefined();
    const response = await handler!(new Request(`${security.appOrigin}/no-such-file.js`));
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('serves the built renderer from dist/renderer beside dist-electron', async () => {
    const security = await startMain();
    const handler = fake.state.protocolHandlers.get(security.appScheme)!;
    const indexHtml = path.resolve(electronDir, '../dist/renderer/index.html');
    const expected = await readFile(indexHtml, 'utf8').catch(() => undefined);
    const response = await handler(new Request(security.appEntryUrl));
    if (expected === undefined) {
      expect(response.status).toBe(404);
    } else {
      expect(await response.text()).toBe(expected);
    }
  });

  it('binds every channel of the contract, refusing a foreign sender', async () => {
    await startMain();
    expect([...fake.state.ipcChannels.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
    const getAppInfo = fake.state.ipcChannels.get(ipcChannels.getAppInfo)!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(getAppInfo({ senderFrame: { url: 'https://evil.example/', parent: null } })).resolves.toMatchObject({ ok: false });
    expect(warn).toHaveBeenCalledWith(`Refused ${ipcChannels.getAppInfo} from https://evil.example/`);
    warn.mockRestore();
    await expect(getAppInfo({ senderFrame: { url: 'complaints-desk://app/index.html', parent: null } })).resolves.toEqual({
      ok: true,
      value: { version: expect.any(String), platform: process.platform },
    });
  });

  it('denies permission requests and checks the app has no use for', async () => {
    await startMain();
    const decide = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      fake.state.permissionRequest?.(undefined, permission, callback, { requestingUrl, isMainFrame: true });
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('media', 'complaints-desk://app/index.html')).toBe(false);
    expect(decide('geolocation', 'complaints-desk://app/index.html')).toBe(false);
    expect(decide('clipboard-sanitized-write', 'complaints-desk://app/index.html')).toBe(true);
    expect(fake.state.permissionCheck?.(undefined, 'notifications', 'complaints-desk://app', {})).toBe(false);
  });

  it('guards every web contents created: no navigation away, no new windows', async () => {
    await startMain();
    const listeners = new Map<string, Listener>();
    let windowOpen: Listener | undefined;
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => void (windowOpen = handler),
    };
    fake.state.appListeners.get('web-contents-created')?.({}, contents);
    const preventDefault = vi.fn();
    listeners.get('will-navigate')?.({ preventDefault, url: 'https://evil.example/' });
    expect(preventDefault).toHaveBeenCalled();
    expect(windowOpen?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('installs the application menu', async () => {
    await startMain();
    expect((fake.state.menuTemplate as { label?: string }[]).map((menu) => menu.label)).toContain('Help');
  });

  it('remembers the window’s bounds in userData when it closes', async () => {
    await startMain();
    fake.state.windows[0]!.listeners.get('close')?.();
    const saved = JSON.parse(await readFile(path.join(fake.state.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 40, y: 30, width: 1200, height: 780, isMaximised: false });
  });

  it('quits at once, opening nothing, when another copy is already running', async () => {
    fake.state.hasLock = false;
    await startMain();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.calls).not.toContain('whenReady');
  });
});
