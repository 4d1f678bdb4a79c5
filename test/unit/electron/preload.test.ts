// The preload exposes exactly the contract's functions, each a thin call over its channel; never ipcRenderer.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopApiFunctionNames, ipcChannels, type DesktopApi } from '../../../shared/ipc-contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, request?: unknown) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

let api: DesktopApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  api = electron.exposed.get('complaintsDesk') as DesktopApi;
});
beforeEach(() => {
  electron.invoke.mockReset();
});

describe('the preload', () => {
  it('exposes one object, window.complaintsDesk, with only the contract’s functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['complaintsDesk']);
    expect(Object.keys(api).sort()).toEqual([...desktopApiFunctionNames]);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each call on its own channel and returns the value', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { savedTo: '/tmp/a.pdf' } });
    await expect(api.saveFile({ suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes })).resolves.toEqual({ savedTo: '/tmp/a.pdf' });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.saveFile, { suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes });

    electron.invoke.mockResolvedValueOnce({ ok: true, value: { version: '0.1.0', platform: 'win32' } });
    await expect(api.getAppInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32' });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.getAppInfo, undefined);

    electron.invoke.mockResolvedValueOnce({ ok: true, value: undefined });
    await expect(api.openExternal('https://www.energyombudsman.org/')).resolves.toBeUndefined();
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.openExternal, { url: 'https://www.energyombudsman.org/' });
  });

  it('sends a streamed save on its four channels', async () => {
    const handle = '0b7e3c52-6f5e-4d0a-9a57-1f2d3c4b5a69';
    const bytes = new Uint8Array([1, 2, 3]);
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { handle } });
    await expect(api.beginSaveStream({ suggestedName: 'pack.zip', mimeType: 'application/zip' })).resolves.toEqual({ handle });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.beginSaveStream, { suggestedName: 'pack.zip', mimeType: 'application/zip' });
    electron.invoke.mockResolvedValueOnce({ ok: true, value: undefined });
    await api.appendSaveStream({ handle, bytes });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.appendSaveStream, { handle, bytes });
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { savedTo: '/tmp/pack.zip' } });
    await expect(api.finishSaveStream({ handle })).resolves.toEqual({ savedTo: '/tmp/pack.zip' });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.finishSaveStream, { handle });
    electron.invoke.mockResolvedValueOnce({ ok: true, value: undefined });
    await api.abortSaveStream({ handle });
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.abortSaveStream, { handle });
  });

  it('turns a refusal into an Error carrying the main process’s message, nothing more', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: false, message: 'saveFile: suggestedName must not be empty' });
    await expect(api.saveFile({ suggestedName: '', mimeType: 'application/pdf', bytes: new Uint8Array() })).rejects.toThrow(
      new Error('saveFile: suggestedName must not be empty'),
    );
  });
});
