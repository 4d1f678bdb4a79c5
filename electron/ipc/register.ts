// Binds each bridge channel to its handler: refuses foreign senders, validates the argument, answers with an outcome.
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  appendBackupFileRequest,
  beginBackupFileRequest,
  describeInvalidRequest,
  finishBackupFileRequest,
  ipcChannels,
  notificationRequest,
  openExternalRequest,
  saveFileRequest,
  saveStreamAppendRequest,
  saveStreamBeginRequest,
  saveStreamEndRequest,
  setBackupsKeptRequest,
  signInLockoutRequest,
  type AppInfo,
  type DeskBackupKey,
  type IpcOutcome,
  type NotificationRequest,
  type OpenedFile,
  type OpenExternalRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveStreamAppendRequest,
  type SaveStreamBeginRequest,
  type SaveStreamBeginResult,
  type SaveStreamEndRequest,
} from '../../shared/ipc-contract';
import type { SenderFrame } from '../security';
import type { BackupFolder } from './backup-folder';
import type { SignInLockout } from './sign-in-lockout';
import { StaffFacingError } from './staff-facing-error';

/** The part of ipcMain used here; main.ts passes the real one, tests a fake. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface DesktopHandlers {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  beginSaveStream(request: SaveStreamBeginRequest): Promise<SaveStreamBeginResult>;
  appendSaveStream(request: SaveStreamAppendRequest): Promise<void>;
  finishSaveStream(request: SaveStreamEndRequest): Promise<SaveFileResult>;
  abortSaveStream(request: SaveStreamEndRequest): Promise<void>;
  getAppInfo(): AppInfo | Promise<AppInfo>;
  openExternal(request: OpenExternalRequest): Promise<void>;
  backups: Pick<BackupFolder, 'getSettings' | 'chooseFolder' | 'setKept' | 'begin' | 'append' | 'finish'>;
  showNotification(request: NotificationRequest): void;
  takeOpenedFiles(): OpenedFile[];
  getDeskBackupKey(): Promise<DeskBackupKey>;
  signInLockout: SignInLockout;
}

export interface RegisterDeps {
  handlers: DesktopHandlers;
  isTrustedSender(frame: SenderFrame | null): boolean;
  log: Pick<Console, 'warn' | 'error'>;
}

/** Registers every channel in the contract; a channel the contract names but nobody registered would hang the renderer. */
export function registerIpcHandlers(ipc: IpcRegistrar, deps: RegisterDeps): void {
  const bind = <Request, Result>(
    channel: string,
    operation: string,
    schema: z.ZodType<Request> | undefined,
    run: (request: Request) => Result | Promise<Result>,
  ) => {
    ipc.handle(channel, async (event, ...args): Promise<IpcOutcome<Result>> => {
      if (!deps.isTrustedSender(event.senderFrame)) {
        deps.log.warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'a frame that has gone'}`);
        return { ok: false, message: `${operation} was refused: the request did not come from the Complaints Desk window.` };
      }
      let request = undefined as Request;
      if (schema) {
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) return { ok: false, message: describeInvalidRequest(operation, parsed.error) };
        request = parsed.data;
      }
      try {
        return { ok: true, value: await run(request) };
      } catch (error) {
        if (error instanceof StaffFacingError) return { ok: false, message: error.message };
        deps.log.error(`${channel} failed`, error);
        return { ok: false, message: `${operation} failed unexpectedly. Try again; if it keeps happening, restart Complaints Desk.` };
      }
    });
  };

  bind(ipcChannels.saveFile, 'saveFile', saveFileRequest, (request) => deps.handlers.saveFile(request));
  bind(ipcChannels.beginSaveStream, 'beginSaveStream', saveStreamBeginRequest, (request) => deps.handlers.beginSaveStream(request));
  bind(ipcChannels.appendSaveStream, 'appendSaveStream', saveStreamAppendRequest, (request) => deps.handlers.appendSaveStream(request));
  bind(ipcChannels.finishSaveStream, 'finishSaveStream', saveStreamEndRequest, (request) => deps.handlers.finishSaveStream(request));
  bind(ipcChannels.abortSaveStream, 'abortSaveStream', saveStreamEndRequest, (request) => deps.handlers.abortSaveStream(request));
  bind(ipcChannels.getAppInfo, 'getAppInfo', undefined, () => deps.handlers.getAppInfo());
  bind(ipcChannels.openExternal, 'openExternal', openExternalRequest, (request) => deps.handlers.openExternal(request));
  const { backups } = deps.handlers;
  bind(ipcChannels.getBackupSettings, 'getBackupSettings', undefined, () => backups.getSettings());
  bind(ipcChannels.chooseBackupFolder, 'chooseBackupFolder', undefined, () => backups.chooseFolder());
  bind(ipcChannels.setBackupsKept, 'setBackupsKept', setBackupsKeptRequest, (request) => backups.setKept(request));
  bind(ipcChannels.beginBackupFile, 'beginBackupFile', beginBackupFileRequest, (request) => backups.begin(request));
  bind(ipcChannels.appendBackupFile, 'appendBackupFile', appendBackupFileRequest, (request) => backups.append(request));
  bind(ipcChannels.finishBackupFile, 'finishBackupFile', finishBackupFileRequest, (request) => backups.finish(request));
  bind(ipcChannels.showNotification, 'showNotification', notificationRequest, (request) => deps.handlers.showNotification(request));
  bind(ipcChannels.takeOpenedFiles, 'takeOpenedFiles', undefined, () => deps.handlers.takeOpenedFiles());
  bind(ipcChannels.getDeskBackupKey, 'getDeskBackupKey', undefined, () => deps.handlers.getDeskBackupKey());
  const lockout = deps.handlers.signInLockout;
  bind(ipcChannels.checkSignInLockout, 'checkSignInLockout', signInLockoutRequest, (request) => lockout.check(request));
  bind(ipcChannels.signInFailed, 'signInFailed', signInLockoutRequest, (request) => lockout.failed(request));
  bind(ipcChannels.signInSucceeded, 'signInSucceeded', signInLockoutRequest, (request) => lockout.succeeded(request));
}
