// The desktop shell's security decisions in one place: window options, the app's origin, CSP, and the guards.
import type { BrowserWindowConstructorOptions, CustomScheme, WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy';

export { contentSecurityPolicy };

/**
 * The renderer is served from this custom scheme rather than file://, as Electron's security checklist advises:
 * the page gets a real origin of its own (so 'self' means only the app's files, not the whole disk), the CSP can be
 * sent as a header, and ES modules load as they do over https. The origin is also where IndexedDB keeps every
 * case, so it must never change: a new scheme or host would open an empty database.
 */
export const appScheme = 'complaints-desk';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Registered before the app is ready: standard and secure so storage, fetch and modules behave as on https. */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** A scheme and host the app's own pages are served from. */
export interface TrustedOrigin {
  protocol: string;
  host: string;
}

/** The app's own origin, plus the Vite dev server's when one is in use (development only). */
export function trustedOrigins(devServerUrl?: string): TrustedOrigin[] {
  const origins: TrustedOrigin[] = [{ protocol: `${appScheme}:`, host: appHost }];
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    origins.push({ protocol: dev.protocol, host: dev.host });
  }
  return origins;
}

/** Whether a URL is one of the app's own pages; compared parsed, so app.evil or user@host tricks do not pass. */
export function isAppUrl(url: string, origins: readonly TrustedOrigin[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return origins.some((origin) => parsed.protocol === origin.protocol && parsed.host === origin.host);
}

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Only the app's own top-level page may call the bridge. Frames (a PDF preview, anything injected) and pages from
 * anywhere else are refused, as are frames that have gone away (Electron then gives a null senderFrame).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, origins: readonly TrustedOrigin[]): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, origins);
}

/**
 * The development renderer URL from ELECTRON_RENDERER_URL, accepted only from an unpackaged app and only for a
 * server on this machine: a packaged build always loads its own files, whatever the environment says.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && loopback ? parsed.href : undefined;
}

/**
 * Whether a link may be handed to the operating system: https pages (with a host and no user:password@ part,
 * which is used to disguise where a link goes) and mailto links with an address. Anything else could launch a
 * program or open a file. Returns the normalised URL to open, or undefined.
 */
export function allowedExternalUrl(raw: string): string | undefined {
  if (/[\s\p{Cc}]/u.test(raw.trim())) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') {
    if (!parsed.hostname || parsed.username || parsed.password) return undefined;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    return /^[^@\s]+@[^@\s]+$/u.test(decodeURIComponent(parsed.pathname.split(',')[0] ?? '')) ? parsed.href : undefined;
  }
  return undefined;
}

/**
 * The renderer's web preferences. Most of these are Electron's defaults today; they are spelled out so that a
 * default changing, or someone "just trying" nodeIntegration, fails the test that reads this function.
 */
export function secureWebPreferences(options: { preloadPath: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    // Off in packaged builds: the developer tools would let anyone edit the case store directly, around the
    // workflow and the timeline that the policy relies on.
    devTools: options.devTools,
  };
}

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const minimumWindowSize = { width: 960, height: 600 } as const;

/** Everything main.ts passes to new BrowserWindow. */
export function mainWindowOptions(options: {
  preloadPath: string;
  devTools: boolean;
  placement: WindowPlacement;
}): BrowserWindowConstructorOptions {
  return {
    ...options.placement,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Complaints Desk',
    // Shown on ready-to-show, so staff never see a blank white frame.
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  };
}

/** Permissions a page may ask for, keyed by what the request is. */
export interface PermissionQuery {
  permission: string;
  requestingUrl: string;
  /** For 'openExternal': the link Chromium wants the operating system to open. */
  externalUrl?: string;
}

/**
 * Every permission is refused except copying to the clipboard (so "Copy email text" works) and opening an
 * allowed link, and those only for the app's own pages. No camera, microphone, location, notifications, USB.
 */
export function isPermissionGranted(query: PermissionQuery, origins: readonly TrustedOrigin[]): boolean {
  if (!isAppUrl(query.requestingUrl, origins)) return false;
  if (query.permission === 'clipboard-sanitized-write') return true;
  if (query.permission === 'openExternal') return query.externalUrl !== undefined && allowedExternalUrl(query.externalUrl) !== undefined;
  return false;
}

/** The events of Electron's WebContents that the navigation guards listen to. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void; url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: { preventDefault(): void; url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps every web contents on the app's own pages: navigation elsewhere is stopped, new windows are never
 * created, webviews are never attached. An allowed link (https, mailto) goes to the system browser or mail
 * program instead, so a link in a letter preview still works.
 */
export function guardWebContents(
  contents: GuardedContents,
  deps: { origins: readonly TrustedOrigin[]; openExternal(url: string): void },
): void {
  const leaveApp = (url: string) => {
    const external = allowedExternalUrl(url);
    if (external) deps.openExternal(external);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, deps.origins)) return;
    event.preventDefault();
    leaveApp(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, deps.origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leaveApp(url);
    return { action: 'deny' };
  });
}
