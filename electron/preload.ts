// The bridge: exposes window.complaintsDesk, a few typed async functions; the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../shared/ipc-contract';
// Not the contract itself: that module builds zod schemas, and the preload should stay a few hundred bytes.
import { ipcChannels, mainEvents, quitBackupChannels, unwrapOutcome, type IpcOutcome } from '../shared/ipc-channels';

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
  getBackupSettings: () => invoke(ipcChannels.getBackupSettings),
  chooseBackupFolder: () => invoke(ipcChannels.chooseBackupFolder),
  setBackupsKept: (request) => invoke(ipcChannels.setBackupsKept, request),
  beginBackupFile: (request) => invoke(ipcChannels.beginBackupFile, request),
  appendBackupFile: (request) => invoke<void>(ipcChannels.appendBackupFile, request),
  finishBackupFile: (request) => invoke(ipcChannels.finishBackupFile, request),
  getDeskBackupKey: () => invoke(ipcChannels.getDeskBackupKey),
  checkSignInLockout: (request) => invoke(ipcChannels.checkSignInLockout, request),
  signInFailed: (request) => invoke(ipcChannels.signInFailed, request),
  signInSucceeded: (request) => invoke(ipcChannels.signInSucceeded, request),
  // Main asks for a backup before quitting and waits for "done" (or its time limit), whatever the backup's outcome.
  onQuitBackup: (backup) => {
    ipcRenderer.on(quitBackupChannels.request, () => {
      void backup()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(quitBackupChannels.done));
    });
  },
  showNotification: (request) => invoke<void>(ipcChannels.showNotification, request),
  onNotificationClicked: (listener) => {
    ipcRenderer.on(mainEvents.notificationClicked, (_event, caseId: unknown) => {
      if (typeof caseId === 'string') listener(caseId);
    });
  },
  takeOpenedFiles: () => invoke(ipcChannels.takeOpenedFiles),
  onFileOpened: (listener) => {
    ipcRenderer.on(mainEvents.fileOpened, () => listener());
  },
};

contextBridge.exposeInMainWorld('complaintsDesk', api);
