// The renderer's host: Electron's bridge when present, a browser download and a new tab otherwise.
import { describe, expect, it, vi } from 'vitest';
import { createHost, type BackupBridge, type BrowserEnvironment } from '../../../../renderer/host/desktop-host';
import type { DesktopApi } from '../../../../shared/ipc-contract';

function fakeBrowser() {
  const links: { href: string; download: string; target: string; rel: string; clicked: boolean; removed: boolean }[] = [];
  const blobs: Blob[] = [];
  const later: (() => void)[] = [];
  const browser: BrowserEnvironment = {
    document: {
      createElement: (() => {
        const link = { href: '', download: '', target: '', rel: '', style: {} as CSSStyleDeclaration, clicked: false, removed: false };
        links.push(link);
        return Object.assign(link, {
          click: () => void (link.clicked = true),
          remove: () => void (link.removed = true),
        });
      }) as unknown as Document['createElement'],
      body: { append: () => undefined } as unknown as HTMLElement,
    },
    createObjectURL: (blob) => {
      blobs.push(blob);
      return `blob:http://127.0.0.1:5173/${blobs.length}`;
    },
    revokeObjectURL: vi.fn(),
    later: (run) => void later.push(run),
  };
  return { browser, links, blobs, later };
}

const request = { suggestedName: 'Case pack CD-2026-0042.zip', mimeType: 'application/zip', bytes: new Uint8Array([80, 75, 3, 4]) };

describe('createHost in the browser build', () => {
  it('is a browser host when there is no bridge', () => {
    expect(createHost(undefined, fakeBrowser().browser).kind).toBe('browser');
  });

  it('saves a file as a download of exactly its bytes, then frees the object URL', async () => {
    const { browser, links, blobs, later } = fakeBrowser();
    const result = await createHost(undefined, browser).saveFile(request);

    expect(result).toEqual({ downloaded: 'Case pack CD-2026-0042.zip' });
    expect(links).toMatchObject([{ href: 'blob:http://127.0.0.1:5173/1', download: 'Case pack CD-2026-0042.zip', clicked: true, removed: true }]);
    expect(blobs[0]?.type).toBe('application/zip');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(request.bytes);
    expect(browser.revokeObjectURL).not.toHaveBeenCalled();
    later.forEach((run) => run());
    expect(browser.revokeObjectURL).toHaveBeenCalledWith('blob:http://127.0.0.1:5173/1');
  });

  it('rejects a bad request with the same message the desktop gives', async () => {
    await expect(createHost(undefined, fakeBrowser().browser).saveFile({ ...request, suggestedName: '' })).rejects.toThrow(
      'saveFile: suggestedName must not be empty',
    );
  });

  it('opens an allowed link in a new tab without giving it a handle on the app', async () => {
    const { browser, links } = fakeBrowser();
    await createHost(undefined, browser).openExternal('https://www.energyombudsman.org/');
    expect(links).toMatchObject([{ href: 'https://www.energyombudsman.org/', target: '_blank', rel: 'noopener noreferrer', clicked: true }]);
  });

  it('refuses a javascript: link', async () => {
    const { browser, links } = fakeBrowser();
    await expect(createHost(undefined, browser).openExternal('javascript:alert(1)')).rejects.toThrow(
      'openExternal: url must be an https:// web address or a mailto: email link',
    );
    expect(links).toEqual([]);
  });
});

const streamStubs = {
  beginSaveStream: async () => ({ cancelled: true }) as const,
  appendSaveStream: async () => undefined,
  finishSaveStream: async () => ({ cancelled: true }) as const,
  abortSaveStream: async () => undefined,
};

const backupBridge: BackupBridge = {
  getBackupSettings: async () => ({ folder: '/b', keep: 14, lastAutomaticAt: null }),
  chooseBackupFolder: async () => ({ cancelled: true }),
  setBackupsKept: async ({ keep }) => ({ folder: '/b', keep, lastAutomaticAt: null }),
  beginBackupFile: async () => ({ writeId: 'w' }),
  appendBackupFile: async () => undefined,
  finishBackupFile: async () => ({ discarded: true }),
  onQuitBackup: () => undefined,
  getDeskBackupKey: async () => ({ available: false, reason: 'No key store' }),
};

const lockoutStubs = {
  checkSignInLockout: async () => ({ lockedUntil: null }),
  signInFailed: async () => ({ lockedUntil: null }),
  signInSucceeded: async () => ({ lockedUntil: null }),
};

const reminderAndOpenStubs: Pick<DesktopApi, 'showNotification' | 'onNotificationClicked' | 'takeOpenedFiles' | 'onFileOpened'> = {
  showNotification: async () => undefined,
  onNotificationClicked: () => undefined,
  takeOpenedFiles: async () => [],
  onFileOpened: () => undefined,
};

describe('createHost in Electron', () => {
  it('uses window.complaintsDesk for everything', async () => {
    const bridge: DesktopApi = {
      saveFile: vi.fn(async () => ({ savedTo: 'C:\\Users\\staff\\Documents\\pack.zip' })),
      getAppInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'win32' })),
      openExternal: vi.fn(async () => undefined),
      ...streamStubs,
      ...backupBridge,
      ...reminderAndOpenStubs,
      ...lockoutStubs,
    };
    const { browser, links } = fakeBrowser();
    const host = createHost(bridge, browser);

    expect(host.kind).toBe('desktop');
    await expect(host.saveFile(request)).resolves.toEqual({ savedTo: 'C:\\Users\\staff\\Documents\\pack.zip' });
    await expect(host.getAppInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32' });
    await host.openExternal('mailto:customer@example.com');
    expect(bridge.saveFile).toHaveBeenCalledWith(request);
    expect(bridge.openExternal).toHaveBeenCalledWith('mailto:customer@example.com');
    expect(links).toEqual([]);
  });

  it('passes on the main process’s refusal', async () => {
    const bridge: DesktopApi = {
      saveFile: async () => {
        throw new Error('There is not enough space on the disk to save “pack.zip”.');
      },
      getAppInfo: async () => ({ version: '0.1.0', platform: 'linux' }),
      openExternal: async () => undefined,
      ...streamStubs,
      ...backupBridge,
      ...reminderAndOpenStubs,
      ...lockoutStubs,
    };
    await expect(createHost(bridge, fakeBrowser().browser).saveFile(request)).rejects.toThrow('There is not enough space on the disk');
  });
});
