// The desktop bridge's contract: channel names, argument schemas and the API type that main, preload and renderer share.
import { z } from 'zod';

// Channel names and the answer envelope live in ipc-channels.ts so the preload can use them without bundling zod.
export { ipcChannels, quitBackupChannels, unwrapOutcome, type IpcChannel, type IpcOutcome } from './ipc-channels';

/** Longer suggested names are accepted and shortened by the main process; this only bounds absurd input. */
export const maxSuggestedNameLength = 1000;
export const maxExternalUrlLength = 2048;

/** The request-level message: an unexpected field is named, anything else is said to be the wrong shape. */
function requestError(shape: string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? `has unexpected fields: ${issue.keys.join(', ')}`
      : `must be an object with ${shape}`;
}

export const saveFileRequest = z.strictObject(
  {
    suggestedName: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(maxSuggestedNameLength, { error: `must be at most ${maxSuggestedNameLength} characters` }),
    mimeType: z
      .string({ error: 'must be text' })
      .max(127, { error: 'must be at most 127 characters' })
      .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
        error: 'must be a media type such as application/pdf',
      }),
    bytes: z.instanceof(Uint8Array, { error: 'must be a Uint8Array of the file contents' }),
  },
  { error: requestError('suggestedName, mimeType and bytes') },
);

export type SaveFileRequest = z.infer<typeof saveFileRequest>;
export type SaveFileResult = { savedTo: string } | { cancelled: true };

// A save written piece by piece (a case pack of hundreds of MB): begin asks where, each append writes one chunk,
// finish puts the file in place, abort leaves nothing behind. The handle names one save in progress.
export const maxSaveStreamChunkBytes = 16 * 1024 * 1024;
const saveStreamHandle = z.string({ error: 'must be text' }).uuid({ error: 'must be the handle beginSaveStream gave' });
export const saveStreamBeginRequest = saveFileRequest.omit({ bytes: true });
export const saveStreamAppendRequest = z.strictObject(
  {
    handle: saveStreamHandle,
    bytes: z
      .instanceof(Uint8Array, { error: 'must be a Uint8Array of the next part of the file' })
      .refine((bytes) => bytes.length <= maxSaveStreamChunkBytes, { error: `must be at most ${maxSaveStreamChunkBytes} bytes` }),
  },
  { error: requestError('handle and bytes') },
);
export const saveStreamEndRequest = z.strictObject({ handle: saveStreamHandle }, { error: requestError('handle') });
export type SaveStreamBeginRequest = z.infer<typeof saveStreamBeginRequest>;
export type SaveStreamAppendRequest = z.infer<typeof saveStreamAppendRequest>;
export type SaveStreamEndRequest = z.infer<typeof saveStreamEndRequest>;
export type SaveStreamBeginResult = { handle: string } | { cancelled: true };

/**
 * Only web pages over https and email links leave the app; everything else (file:, javascript:, smb:, custom
 * handlers) could run or open something on the desk's machine. The main process parses the URL again in full.
 */
export const externalUrl = z
  .string({ error: 'must be text' })
  .trim()
  .max(maxExternalUrlLength, { error: `must be at most ${maxExternalUrlLength} characters` })
  .regex(/^(https:\/\/[^\s/?#]+|mailto:[^\s]+)/i, {
    error: 'must be an https:// web address or a mailto: email link',
  })
  .refine((url) => !/[\s\p{Cc}]/u.test(url), { error: 'must not contain spaces or control characters' });

export const openExternalRequest = z.strictObject({ url: externalUrl }, { error: requestError('url') });
export type OpenExternalRequest = z.infer<typeof openExternalRequest>;

export interface AppInfo {
  version: string;
  /** Node's platform name in the desktop app ('win32', 'darwin', 'linux'); 'browser' in the web build. */
  platform: string;
}

/** What the preload exposes as window.complaintsDesk: a handful of async functions, never ipcRenderer itself. */
export interface DesktopApi {
  /** Asks where to save, then writes the bytes; a refused or failed write rejects with a message for staff. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** A streamed save: asks where to save; then append each chunk in order, and finish or abort. */
  beginSaveStream(request: SaveStreamBeginRequest): Promise<SaveStreamBeginResult>;
  appendSaveStream(request: SaveStreamAppendRequest): Promise<void>;
  finishSaveStream(request: SaveStreamEndRequest): Promise<SaveFileResult>;
  abortSaveStream(request: SaveStreamEndRequest): Promise<void>;
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https:// page or a mailto: link in the system's browser or mail program. */
  openExternal(url: string): Promise<void>;
  /** Automatic backups (see the block at the end of this file). */
  getBackupSettings(): Promise<BackupSettings>;
  chooseBackupFolder(): Promise<BackupSettings | { cancelled: true }>;
  setBackupsKept(request: SetBackupsKeptRequest): Promise<BackupSettings>;
  beginBackupFile(request: BeginBackupFileRequest): Promise<{ writeId: string }>;
  appendBackupFile(request: AppendBackupFileRequest): Promise<void>;
  finishBackupFile(request: FinishBackupFileRequest): Promise<FinishBackupFileResult>;
  /** Runs `backup` when the app is about to quit; the app waits for it, up to a time limit. */
  onQuitBackup(backup: () => Promise<void>): void;
  /** A desktop notification (a reminder); clicking it calls the onNotificationClicked listener with its case. */
  showNotification(request: NotificationRequest): Promise<void>;
  onNotificationClicked(listener: (caseId: string) => void): void;
  /** Email files opened with the app ("Open with", double-click) since the last call, read by main. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  /** Called when another file is opened while the app runs: take it with takeOpenedFiles. */
  onFileOpened(listener: () => void): void;
  /** The key that seals automatic backups, kept by the system's key store; made on first use. */
  getDeskBackupKey(): Promise<DeskBackupKey>;
  /** Sign-in lock-outs, kept by the main process where the window cannot clear them. */
  checkSignInLockout(request: SignInLockoutRequest): Promise<SignInLockoutResult>;
  signInFailed(request: SignInLockoutRequest): Promise<SignInLockoutResult>;
  signInSucceeded(request: SignInLockoutRequest): Promise<SignInLockoutResult>;
}

/** The names the renderer may rely on; the preload test and the end-to-end test check the bridge has exactly these. */
export const desktopApiFunctionNames = [
  'abortSaveStream',
  'appendBackupFile',
  'appendSaveStream',
  'beginBackupFile',
  'beginSaveStream',
  'checkSignInLockout',
  'chooseBackupFolder',
  'finishBackupFile',
  'finishSaveStream',
  'getAppInfo',
  'getBackupSettings',
  'getDeskBackupKey',
  'onFileOpened',
  'onNotificationClicked',
  'onQuitBackup',
  'openExternal',
  'saveFile',
  'setBackupsKept',
  'showNotification',
  'signInFailed',
  'signInSucceeded',
  'takeOpenedFiles',
] as const satisfies readonly (keyof DesktopApi)[];

// Fails to compile if DesktopApi gains a function that the list above does not name.
type UnlistedFunctions = Exclude<keyof DesktopApi, (typeof desktopApiFunctionNames)[number]>;
const _everyFunctionListed: [UnlistedFunctions] extends [never] ? true : UnlistedFunctions = true;

/** One sentence naming each bad field, e.g. "saveFile: suggestedName must not be empty". */
export function describeInvalidRequest(operation: string, error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'the request';
    return `${field} ${issue.message}`;
  });
  return `${operation}: ${problems.join('; ')}`;
}

// Automatic backups: the renderer makes the bytes, main writes them into the folder the administrator chose
// (streamed in parts, under a temporary name renamed into place) and keeps the last N automatic ones.

export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 365;
/** A part of a backup file sent over IPC; the renderer sends a few megabytes at a time. */
export const maxBackupPartBytes = 64 * 1024 * 1024;

export interface BackupSettings {
  folder: string;
  /** How many automatic backups to keep; older ones are deleted after each new one. */
  keep: number;
  /** When the last automatic backup was written, or null. */
  lastAutomaticAt: string | null;
}

export const setBackupsKeptRequest = z.strictObject(
  {
    keep: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(MIN_BACKUPS_KEPT, { error: `must be at least ${MIN_BACKUPS_KEPT}` })
      .max(MAX_BACKUPS_KEPT, { error: `must be at most ${MAX_BACKUPS_KEPT}` }),
  },
  { error: requestError('keep') },
);
export type SetBackupsKeptRequest = z.infer<typeof setBackupsKeptRequest>;

export const beginBackupFileRequest = z.strictObject(
  {
    fileName: z
      .string({ error: 'must be text' })
      .max(200, { error: 'must be at most 200 characters' })
      .regex(/^Complaints Desk backup [0-9 -]+( [a-z0-9-]+)?\.cdbackup$/, { error: 'must be a Complaints Desk backup file name' }),
    automatic: z.boolean({ error: 'must be true or false' }),
  },
  { error: requestError('fileName and automatic') },
);
export type BeginBackupFileRequest = z.infer<typeof beginBackupFileRequest>;

const writeId = z.string({ error: 'must be text' }).uuid({ error: 'must be the id beginBackupFile gave' });

export const appendBackupFileRequest = z.strictObject(
  {
    writeId,
    bytes: z
      .instanceof(Uint8Array, { error: 'must be a Uint8Array of the file contents' })
      .refine((b) => b.length <= maxBackupPartBytes, { error: `must be at most ${maxBackupPartBytes} bytes` }),
  },
  { error: requestError('writeId and bytes') },
);
export type AppendBackupFileRequest = z.infer<typeof appendBackupFileRequest>;

export const finishBackupFileRequest = z.strictObject(
  { writeId, keepFile: z.boolean({ error: 'must be true or false' }) },
  { error: requestError('writeId and keepFile') },
);
export type FinishBackupFileRequest = z.infer<typeof finishBackupFileRequest>;
export type FinishBackupFileResult = { savedTo: string; removed: string[] } | { discarded: true };

// Reminders as desktop notifications: the text is the renderer's, the case id comes back when one is clicked.
export const notificationRequest = z.strictObject(
  {
    title: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
    body: z.string({ error: 'must be text' }).max(1000, { error: 'must be at most 1000 characters' }),
    caseId: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' }),
  },
  { error: requestError('title, body and caseId') },
);
export type NotificationRequest = z.infer<typeof notificationRequest>;

// Email files opened with the desktop app: main checks the name and size and reads the bytes; the renderer reads
// the email itself (the same code as a dropped file). The installer registers .eml and .msg (electron-builder.yml).
export const openableExtensions = ['eml', 'msg'] as const;
/** Larger than any email the desk accepts (each part up to 25 MB), so the renderer can say which part is too big. */
export const maxOpenedFileBytes = 100 * 1024 * 1024;
export const openedFile = z.strictObject({
  name: z.string().min(1).max(255).regex(/\.(eml|msg)$/i, { error: 'must be an .eml or .msg file' }),
  bytes: z.instanceof(Uint8Array).refine((b) => b.length <= maxOpenedFileBytes, { error: `must be at most ${maxOpenedFileBytes} bytes` }),
});
export type OpenedFile = z.infer<typeof openedFile>;
/** The desk backup key as hexadecimal, or why this computer cannot keep one. */
export type DeskBackupKey = { available: true; key: string } | { available: false; reason: string };

export const signInLockoutRequest = z.strictObject(
  { name: z.string({ error: 'must be text' }).max(200, { error: 'must be at most 200 characters' }) },
  { error: requestError('name') },
);
export type SignInLockoutRequest = z.infer<typeof signInLockoutRequest>;
/** When the lock-out of that name ends, or null when it may sign in. */
export interface SignInLockoutResult {
  lockedUntil: string | null;
}
