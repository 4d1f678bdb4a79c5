// The one way screens reach desktop features: Electron's bridge when it is there, browser equivalents otherwise.
import {
  describeInvalidRequest,
  openExternalRequest,
  saveFileRequest,
  type AppInfo,
  type DesktopApi,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveStreamBeginRequest,
} from '../../shared/ipc-contract';
import { browserStreamedSave, desktopStreamedSave, type BeginSaveResult } from './streamed-save';

/** The browser cannot say where a download went, only that it was handed to the browser under this name. */
export type HostSaveResult = SaveFileResult | { downloaded: string };

/** Automatic backups to a folder: the desktop app only (the browser makes downloads on demand). */
export type BackupBridge = Pick<
  DesktopApi,
  'getBackupSettings' | 'chooseBackupFolder' | 'setBackupsKept' | 'beginBackupFile' | 'appendBackupFile' | 'finishBackupFile' | 'onQuitBackup' | 'getDeskBackupKey'
>;

/** Sign-in lock-outs kept by the desktop app's main process, out of the window's reach; null in the browser. */
export type SignInGuard = Pick<DesktopApi, 'checkSignInLockout' | 'signInFailed' | 'signInSucceeded'>;

export interface Host {
  readonly kind: 'desktop' | 'browser';
  readonly backups: BackupBridge | null;
  readonly signInGuard: SignInGuard | null;
  /** Desktop: a save dialog, then the file is written. Browser: a download. Rejects with a message for staff. */
  saveFile(request: SaveFileRequest): Promise<HostSaveResult>;
  /** The same for a file written piece by piece as it is produced (a case pack), never held whole in the page. */
  beginSave(request: SaveStreamBeginRequest): Promise<BeginSaveResult>;
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https:// page or a mailto: link outside the app. */
  openExternal(url: string): Promise<void>;
}

/** What the browser fallback uses from the page; tests pass a fake. */
export interface BrowserEnvironment {
  document: Pick<Document, 'createElement' | 'body'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  later(run: () => void, milliseconds: number): void;
}

/** Long enough for the browser to start reading the object URL; revoking at once can cancel the download. */
const revokeAfterMilliseconds = 60_000;

function clickLink(browser: BrowserEnvironment, attributes: { href: string; download?: string; target?: string }): void {
  const link = browser.document.createElement('a');
  link.href = attributes.href;
  if (attributes.download !== undefined) link.download = attributes.download;
  if (attributes.target) link.target = attributes.target;
  link.rel = 'noopener noreferrer';
  link.style.display = 'none';
  browser.document.body.append(link);
  link.click();
  link.remove();
}

function browserHost(browser: BrowserEnvironment): Host {
  return {
    kind: 'browser',
    backups: null,
    signInGuard: null,
    async saveFile(request) {
      const parsed = saveFileRequest.safeParse(request);
      if (!parsed.success) throw new Error(describeInvalidRequest('saveFile', parsed.error));
      const { suggestedName, mimeType, bytes } = parsed.data;
      const url = browser.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
      // The browser cleans the name itself (no folders, no forbidden characters) when it saves the download.
      clickLink(browser, { href: url, download: suggestedName });
      browser.later(() => browser.revokeObjectURL(url), revokeAfterMilliseconds);
      return { downloaded: suggestedName };
    },
    async beginSave(request) {
      return browserStreamedSave(browser, request, (href, download) => clickLink(browser, { href, download }));
    },
    async getAppInfo() {
      return { version: 'web', platform: 'browser' };
    },
    async openExternal(url) {
      const parsed = openExternalRequest.safeParse({ url });
      if (!parsed.success) throw new Error(describeInvalidRequest('openExternal', parsed.error));
      clickLink(browser, { href: parsed.data.url, target: '_blank' });
    },
  };
}

function desktopHost(bridge: DesktopApi): Host {
  return {
    kind: 'desktop',
    backups: bridge,
    signInGuard: bridge,
    saveFile: (request) => bridge.saveFile(request),
    beginSave: (request) => desktopStreamedSave(bridge, request),
    getAppInfo: () => bridge.getAppInfo(),
    openExternal: (url) => bridge.openExternal(url),
  };
}

export function createHost(bridge: DesktopApi | undefined, browser: BrowserEnvironment): Host {
  return bridge ? desktopHost(bridge) : browserHost(browser);
}
