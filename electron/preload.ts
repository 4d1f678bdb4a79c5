// The bridge: exposes window.complaintsDesk, a few typed async functions; the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../shared/ipc-contract';
// Not the contract itself: that module builds zod schemas, and the preload should stay a few hundred bytes.
import { ipcChannels, unwrapOutcome, type IpcOutcome } from '../shared/ipc-channels';

async function invoke<T>(channel: string, request?: unknown): Promise<T> {
  const outcome = (await ipcRenderer.invoke(channel, request)) as IpcOutcome<T>;
  return unwrapOutcome(outcome);
}

const api: DesktopApi = {
  saveFile: (request) => invoke(ipcChannels.saveFile, request),
  beginSaveStream: (request) => invoke(ipcChannels.beginSaveStream, request),
  appendSaveStream: (request) => invoke<void>(ipcChannels.appendSaveStream, request),
  finishSaveStream: (request) => invoke(ipcChannels.finishSaveStream, request),
  abortSaveStream: (request) => invoke<void>(ipcChannels.abortSaveStream, request),
  getAppInfo: () => invoke(ipcChannels.getAppInfo),
  openExternal: (url) => invoke<void>(ipcChannels.openExternal, { url }),
};

contextBridge.exposeInMainWorld('complaintsDesk', api);
