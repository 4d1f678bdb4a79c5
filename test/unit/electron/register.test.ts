// The IPC binding: only the app's own window is heard, and every argument is checked before any handler runs.
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type DesktopHandlers } from '../../../electron/ipc/register';
import { StaffFacingError } from '../../../electron/ipc/staff-facing-error';
import { appEntryUrl, isTrustedSender, trustedOrigins, type SenderFrame } from '../../../electron/security';
import { ipcChannels } from '../../../shared/ipc-contract';

const HANDLE = '0b7e3c52-6f5e-4d0a-9a57-1f2d3c4b5a69';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setUp(overrides: Partial<DesktopHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const handlers: DesktopHandlers = {
    saveFile: vi.fn(async () => ({ savedTo: '/home/staff/Documents/pack.zip' })),
    getAppInfo: vi.fn(() => ({ version: '0.1.0', platform: 'linux' })),
    openExternal: vi.fn(async () => undefined),
    beginSaveStream: vi.fn(async () => ({ handle: HANDLE })),
    appendSaveStream: vi.fn(async () => undefined),
    finishSaveStream: vi.fn(async () => ({ savedTo: '/home/staff/Documents/pack.zip' })),
    abortSaveStream: vi.fn(async () => undefined),
    backups: {
      getSettings: vi.fn(async () => ({ folder: '/home/staff/Documents/Complaints Desk backups', keep: 14, lastAutomaticAt: null })),
      chooseFolder: vi.fn(async () => ({ cancelled: true as const })),
      setKept: vi.fn(async ({ keep }: { keep: number }) => ({ folder: '/b', keep, lastAutomaticAt: null })),
      begin: vi.fn(async () => ({ writeId: '0b7c7c1e-52a8-4e8e-9e5a-0a6c2d3b4f51' })),
      append: vi.fn(async () => undefined),
      finish: vi.fn(async () => ({ discarded: true as const })),
    },
    showNotification: vi.fn(),
    takeOpenedFiles: vi.fn(() => []),
    getDeskBackupKey: vi.fn(async () => ({ available: true as const, key: 'ab'.repeat(32) })),
    signInLockout: {
      check: vi.fn(async () => ({ lockedUntil: null })),
      failed: vi.fn(async () => ({ lockedUntil: '2026-12-01T17:05:00.000Z' })),
      succeeded: vi.fn(async () => ({ lockedUntil: null })),
    },
    ...overrides,
  };
  const log = { warn: vi.fn(), error: vi.fn() };
  const origins = trustedOrigins();
  registerIpcHandlers(
    { handle: (channel, listener) => void listeners.set(channel, listener) },
    { handlers, log, isTrustedSender: (frame) => isTrustedSender(frame, origins) },
  );
  const call = (channel: string, frame: SenderFrame | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`nothing registered for ${channel}`);
    return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  };
  return { listeners, handlers, log, call };
}

const appFrame: SenderFrame = { url: `${appEntryUrl}#/cases/42`, parent: null };
const request = { suggestedName: 'pack.zip', mimeType: 'application/zip', bytes: new Uint8Array([1, 2, 3]) };

describe('registerIpcHandlers', () => {
  it('registers every channel in the contract and nothing else', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('passes a valid request from the app window to the handler and answers with its result', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.saveFile, appFrame, request)).resolves.toEqual({
      ok: true,
      value: { savedTo: '/home/staff/Documents/pack.zip' },
    });
    expect(handlers.saveFile).toHaveBeenCalledWith(request);
    await expect(call(ipcChannels.getAppInfo, appFrame)).resolves.toEqual({ ok: true, value: { version: '0.1.0', platform: 'linux' } });
  });

  it.each([
    ['a web page', { url: 'https://evil.example/index.html', parent: null }],
    ['a look-alike host', { url: 'complaints-desk://app.evil.example/index.html', parent: null }],
    ['a file on disk', { url: 'file:///tmp/index.html', parent: null }],
    ['a blob document', { url: 'blob:complaints-desk://app/0b7c7c1e', parent: null }],
    ['a frame inside the app page', { url: appEntryUrl, parent: { url: appEntryUrl } }],
    ['a frame that has gone', null],
  ])('refuses %s without calling the handler', async (_what, frame) => {
    const { call, handlers, log } = setUp();
    const answer = await call(ipcChannels.saveFile, frame as SenderFrame | null, request);
    expect(answer).toEqual({
      ok: false,
      message: 'saveFile was refused: the request did not come from the Complaints Desk window.',
    });
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it.each([
    [{ ...request, suggestedName: '' }, 'saveFile: suggestedName must not be empty'],
    [{ ...request, suggestedName: 42 }, 'saveFile: suggestedName must be text'],
    [{ ...request, bytes: [1, 2, 3] }, 'saveFile: bytes must be a Uint8Array of the file contents'],
    [{ ...request, mimeType: 'pdf' }, 'saveFile: mimeType must be a media type such as application/pdf'],
    [{ ...request, overwrite: true }, 'saveFile: the request has unexpected fields: overwrite'],
    [undefined, 'saveFile: the request must be an object with suggestedName, mimeType and bytes'],
  ])('rejects a bad argument with a message naming the field (%#)', async (argument, message) => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.saveFile, appFrame, argument)).resolves.toEqual({ ok: false, message });
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    [ipcChannels.setBackupsKept, { keep: 0 }, 'setBackupsKept: keep must be at least 1'],
    [ipcChannels.setBackupsKept, { keep: 2.5 }, 'setBackupsKept: keep must be a whole number'],
    [ipcChannels.beginBackupFile, { fileName: '../../.bashrc', automatic: true }, 'beginBackupFile: fileName must be a Complaints Desk backup file name'],
    [ipcChannels.appendBackupFile, { writeId: 'not-an-id', bytes: new Uint8Array([1]) }, 'appendBackupFile: writeId must be the id beginBackupFile gave'],
    [ipcChannels.finishBackupFile, { writeId: '0b7c7c1e-52a8-4e8e-9e5a-0a6c2d3b4f51' }, 'finishBackupFile: keepFile must be true or false'],
  ])('checks every backup request before the backups folder sees it (%s)', async (channel, argument, message) => {
    const { call, handlers } = setUp();
    await expect(call(channel, appFrame, argument)).resolves.toEqual({ ok: false, message });
    expect(handlers.backups.setKept).not.toHaveBeenCalled();
    expect(handlers.backups.begin).not.toHaveBeenCalled();
  });

  it('passes a valid backup part to the backups folder', async () => {
    const { call, handlers } = setUp();
    const part = { writeId: '0b7c7c1e-52a8-4e8e-9e5a-0a6c2d3b4f51', bytes: new Uint8Array([1, 2]) };
    await expect(call(ipcChannels.appendBackupFile, appFrame, part)).resolves.toEqual({ ok: true, value: undefined });
    expect(handlers.backups.append).toHaveBeenCalledWith(part);
  });

  it('rejects a link the allowlist does not cover before the handler sees it', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.openExternal, appFrame, { url: 'file:///C:/Windows/System32/calc.exe' })).resolves.toEqual({
      ok: false,
      message: 'openExternal: url must be an https:// web address or a mailto: email link',
    });
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('passes on a message written for staff', async () => {
    const { call } = setUp({
      saveFile: async () => {
        throw new StaffFacingError('There is not enough space on the disk to save “pack.zip”.');
      },
    });
    await expect(call(ipcChannels.saveFile, appFrame, request)).resolves.toEqual({
      ok: false,
      message: 'There is not enough space on the disk to save “pack.zip”.',
    });
  });

  it('logs an unexpected failure and gives staff a plain message instead of its details', async () => {
    const failure = new TypeError("Cannot read properties of undefined (reading 'filePath')");
    const { call, log } = setUp({
      saveFile: async () => {
        throw failure;
      },
    });
    await expect(call(ipcChannels.saveFile, appFrame, request)).resolves.toEqual({
      ok: false,
      message: 'saveFile failed unexpectedly. Try again; if it keeps happening, restart Complaints Desk.',
    });
    expect(log.error).toHaveBeenCalledWith(`${ipcChannels.saveFile} failed`, failure);
  });

  it('checks each streamed save request before its handler runs', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.beginSaveStream, appFrame, { suggestedName: 'pack.zip', mimeType: 'application/zip' })).resolves.toEqual({ ok: true, value: { handle: HANDLE } });
    await expect(call(ipcChannels.appendSaveStream, appFrame, { handle: HANDLE, bytes: new Uint8Array([1]) })).resolves.toEqual({ ok: true });
    await expect(call(ipcChannels.appendSaveStream, appFrame, { handle: 'not-a-handle', bytes: new Uint8Array([1]) })).resolves.toEqual({
      ok: false,
      message: 'appendSaveStream: handle must be the handle beginSaveStream gave',
    });
    await expect(call(ipcChannels.appendSaveStream, appFrame, { handle: HANDLE, bytes: 'text' })).resolves.toEqual({
      ok: false,
      message: 'appendSaveStream: bytes must be a Uint8Array of the next part of the file',
    });
    await expect(call(ipcChannels.finishSaveStream, appFrame, { handle: HANDLE, extra: 1 })).resolves.toEqual({ ok: false, message: 'finishSaveStream: the request has unexpected fields: extra' });
    expect(handlers.appendSaveStream).toHaveBeenCalledTimes(1);
    expect(handlers.finishSaveStream).not.toHaveBeenCalled();
  });
});

describe('reminders and opened files', () => {
  it('shows a notification only with a title, a body and a case, and hands over opened files', async () => {
    const { call, handlers } = setUp();
    const frame = appFrame;
    await expect(call(ipcChannels.showNotification, frame, { title: 'Due today', body: 'Acknowledge JESQ-2026-000001', caseId: 'c1' })).resolves.toEqual({ ok: true, value: undefined });
    expect(handlers.showNotification).toHaveBeenCalledWith({ title: 'Due today', body: 'Acknowledge JESQ-2026-000001', caseId: 'c1' });
    const refused = (await call(ipcChannels.showNotification, frame, { title: '', body: 'x', caseId: 'c1', icon: 'file:///etc/passwd' })) as { ok: boolean; message: string };
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('showNotification');
    expect(handlers.showNotification).toHaveBeenCalledTimes(1);
    await expect(call(ipcChannels.takeOpenedFiles, frame)).resolves.toEqual({ ok: true, value: [] });
  });
});
