// The security settings as the main process uses them: the same functions main.ts passes to Electron, read back.
import { describe, expect, it, vi } from 'vitest';
import {
  appEntryUrl,
  appSchemePrivileges,
  contentSecurityPolicy,
  devServerUrl,
  guardWebContents,
  isPermissionGranted,
  isTrustedSender,
  mainWindowOptions,
  secureWebPreferences,
  trustedOrigins,
  type GuardedContents,
} from '../../../electron/security';
import { contentSecurityPolicyDirectives } from '../../../shared/content-security-policy';

const origins = trustedOrigins();

describe('the main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs', devTools: false, placement: { width: 1366, height: 860 } });
  const preferences = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
  ] as const)('sets %s to %s', (setting, value) => {
    expect(preferences[setting]).toBe(value);
  });

  it('loads only the bundled preload and enables nothing else', () => {
    expect(preferences.preload).toBe('/app/dist-electron/preload.cjs');
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.additionalArguments).toBeUndefined();
    expect(preferences.plugins).toBeUndefined();
  });

  it('uses the secure preferences unchanged', () => {
    expect(preferences).toEqual(secureWebPreferences({ preloadPath: '/app/dist-electron/preload.cjs', devTools: false }));
  });

  it('keeps the developer tools for an unpackaged app only', () => {
    expect(secureWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true);
  });

  it('shows the window only once it has painted', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Complaints Desk');
  });
});

describe('the Content-Security-Policy', () => {
  it('is the agreed strict policy', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-src 'self' blob:; base-uri 'none'; form-action 'none'",
    );
  });

  it('never allows inline or evaluated script, or any other origin', () => {
    const everySource = Object.values(contentSecurityPolicyDirectives).flat() as string[];
    expect(contentSecurityPolicyDirectives['script-src']).toEqual(["'self'"]);
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((source) => source.includes('*') || /^https?:/.test(source))).toEqual([]);
  });

  it('matches the <meta> in the renderer’s index.html', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });
});

describe('the app scheme', () => {
  it('is standard and secure, so IndexedDB, fetch and module scripts behave as on https, and keeps CSP', () => {
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(appSchemePrivileges.privileges?.bypassCSP).toBeUndefined();
  });
});

describe('isTrustedSender', () => {
  it('trusts the app’s own top-level page', () => {
    expect(isTrustedSender({ url: `${appEntryUrl}#/cases`, parent: null }, origins)).toBe(true);
  });

  it.each([
    ['another scheme', { url: 'https://app/index.html', parent: null }],
    ['a user@host trick', { url: 'complaints-desk://app@evil.example/index.html', parent: null }],
    ['a sub-frame', { url: appEntryUrl, parent: {} }],
    ['an unparseable URL', { url: 'not a url', parent: null }],
    ['an empty URL', { url: '', parent: null }],
  ])('refuses %s', (_what, frame) => {
    expect(isTrustedSender(frame, origins)).toBe(false);
  });

  it('trusts the dev server only when it is in use', () => {
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', parent: null }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', parent: null }, trustedOrigins('http://127.0.0.1:5173/'))).toBe(true);
  });
});

describe('devServerUrl', () => {
  it.each([
    ['http://127.0.0.1:5173', false, 'http://127.0.0.1:5173/'],
    ['http://localhost:5173/', false, 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', true, undefined],
    ['https://evil.example/', false, undefined],
    ['file:///tmp/index.html', false, undefined],
    [undefined, false, undefined],
  ])('%s (packaged: %s) gives %s', (value, isPackaged, expected) => {
    expect(devServerUrl(value, isPackaged)).toBe(expected);
  });
});

describe('isPermissionGranted', () => {
  it.each(['media', 'geolocation', 'notifications', 'midiSysex', 'fileSystem', 'display-capture', 'clipboard-read', 'unknown'])(
    'refuses %s',
    (permission) => {
      expect(isPermissionGranted({ permission, requestingUrl: appEntryUrl }, origins)).toBe(false);
    },
  );

  it('lets the app copy to the clipboard, and nobody else', () => {
    expect(isPermissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: appEntryUrl }, origins)).toBe(true);
    expect(isPermissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: 'https://evil.example/' }, origins)).toBe(false);
  });

  it('lets a mailto link open the mail program, but not other programs', () => {
    const open = (externalUrl: string) => isPermissionGranted({ permission: 'openExternal', requestingUrl: appEntryUrl, externalUrl }, origins);
    expect(open('mailto:customer@example.com')).toBe(true);
    expect(open('ms-settings:')).toBe(false);
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
    let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    const contents: GuardedContents = {
      on: ((event: string, listener: (event: { preventDefault(): void; url: string }) => void) => {
        listeners.set(event, listener);
        return contents;
      }) as GuardedContents['on'],
      setWindowOpenHandler: (handler) => {
        windowOpenHandler = handler;
      },
    };
    const openExternal = vi.fn();
    guardWebContents(contents, { origins, openExternal });
    const fire = (event: string, url = '') => {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault, url });
      return preventDefault.mock.calls.length > 0;
    };
    return { fire, openExternal, openWindow: (url: string) => windowOpenHandler?.({ url }) };
  }

  it('lets the app move between its own pages', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', `${appEntryUrl}#/reports`)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation away and sends an allowed link to the system browser instead', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'https://www.energyombudsman.org/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.energyombudsman.org/');
  });

  it('stops navigation to anything else without opening it', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, opening allowed links outside the app', () => {
    const { openWindow, openExternal } = fakeContents();
    expect(openWindow('mailto:customer@example.com')).toEqual({ action: 'deny' });
    expect(openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openWindow(appEntryUrl)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['mailto:customer@example.com']]);
  });
});
