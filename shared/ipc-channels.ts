// The zod-free half of the IPC contract (channel names, the answer envelope): the sandboxed preload imports only this.

/** Every channel is namespaced so it cannot collide with Electron's or a library's own. */
export const ipcChannels = {
  saveFile: 'complaints-desk:save-file',
  beginSaveStream: 'complaints-desk:save-stream-begin',
  appendSaveStream: 'complaints-desk:save-stream-append',
  finishSaveStream: 'complaints-desk:save-stream-finish',
  abortSaveStream: 'complaints-desk:save-stream-abort',
  getAppInfo: 'complaints-desk:get-app-info',
  openExternal: 'complaints-desk:open-external',
  getBackupSettings: 'complaints-desk:get-backup-settings',
  chooseBackupFolder: 'complaints-desk:choose-backup-folder',
  setBackupsKept: 'complaints-desk:set-backups-kept',
  beginBackupFile: 'complaints-desk:begin-backup-file',
  appendBackupFile: 'complaints-desk:append-backup-file',
  finishBackupFile: 'complaints-desk:finish-backup-file',
  showNotification: 'complaints-desk:show-notification',
  takeOpenedFiles: 'complaints-desk:take-opened-files',
  getDeskBackupKey: 'complaints-desk:get-desk-backup-key',
  checkSignInLockout: 'complaints-desk:check-sign-in-lockout',
  signInFailed: 'complaints-desk:sign-in-failed',
  signInSucceeded: 'complaints-desk:sign-in-succeeded',
} as const;

/** Main to renderer: a notification was clicked (with its case id), or a file was opened with the app. */
export const mainEvents = { notificationClicked: 'complaints-desk:notification-clicked', fileOpened: 'complaints-desk:file-opened' } as const;

/** Main to renderer and back: before quitting, main asks the window for a backup and waits (bounded) for it. */
export const quitBackupChannels = { request: 'complaints-desk:backup-before-quit', done: 'complaints-desk:backup-before-quit-done' } as const;

export type IpcChannel = (typeof ipcChannels)[keyof typeof ipcChannels];

/**
 * How every handler answers over IPC. Errors thrown in ipcMain.handle reach the renderer wrapped in Electron's
 * "Error invoking remote method" text, so handlers answer with data and the preload turns a failure into an Error.
 */
export type IpcOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function unwrapOutcome<T>(outcome: IpcOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new Error(outcome.message);
}
