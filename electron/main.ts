// Electron's entry point: app lifecycle, the single window, the menu, and the wiring of this folder's pieces.
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, screen, session, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createAppProtocolHandler } from './app-protocol';
import { appInfo } from './ipc/app-info';
import { backupFolder, backupSettingsFileName } from './ipc/backup-folder';
import { deskBackupKey } from './ipc/desk-backup-key';
import { lockoutFileName, signInLockout } from './ipc/sign-in-lockout';
import { openExternal } from './ipc/open-external';
import { listenForOpenedFiles, OpenedFiles } from './ipc/opened-files';
import { registerIpcHandlers } from './ipc/register';
import { saveFile } from './ipc/save-file';
import { SaveStreams } from './ipc/save-stream';
import { applicationMenuTemplate } from './menu';
import { quitBackupListener } from './quit-backup';
import { mainEvents, quitBackupChannels } from '../shared/ipc-channels';
import type { NotificationRequest } from '../shared/ipc-contract';
import {
  appEntryUrl,
  appScheme,
  appSchemePrivileges,
  devServerUrl,
  guardWebContents,
  isPermissionGranted,
  isTrustedSender,
  mainWindowOptions,
  trustedOrigins,
} from './security';
import { placeWindow, readWindowState, windowStateFileName, writeWindowState } from './window-state';

const appName = 'Complaints Desk';
// Bundled to dist-electron/main.cjs: the renderer and package.json sit beside that folder, here and in app.asar.
const rendererDir = path.join(__dirname, '../dist/renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Set before anything asks for a path: userData (and so the case store) is named after the app however it is launched.
app.setName(appName);
const testUserData = !app.isPackaged ? process.env.COMPLAINTS_DESK_USER_DATA : undefined;
if (testUserData) app.setPath('userData', testUserData);

// A UK desk whatever the machine's language: Chromium's own date and time inputs read dd/mm/yyyy and 24-hour
// time, and navigator.language is en-GB (the renderer formats its own dates and £ in en-GB regardless).
app.commandLine.appendSwitch('lang', 'en-GB');

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

const devUrl = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const origins = trustedOrigins(devUrl);
let mainWindow: BrowserWindow | undefined;
let lastSaveFolder: string | undefined;

function appVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as { version?: unknown };
    if (typeof manifest.version === 'string') return manifest.version;
  } catch {
    // Launched without the project beside it: Electron's own answer is the next best.
  }
  return app.getVersion();
}

function openInSystem(url: string): Promise<void> {
  return shell.openExternal(url);
}

async function askWhereToSave(fileName: string, filters: { name: string; extensions: string[] }[]) {
  const options: Electron.SaveDialogOptions = {
    title: 'Save',
    defaultPath: path.join(lastSaveFolder ?? app.getPath('documents'), fileName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return undefined;
  lastSaveFolder = path.dirname(result.filePath);
  return result.filePath;
}

function showAbout(): void {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: `About ${appName}`,
    message: appName,
    detail: `Version ${appVersion()}\nComplaints case management for JESQ Solutions.`,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function askForBackupFolder(current: string): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = { title: 'Folder for automatic backups', defaultPath: current, properties: ['openDirectory', 'createDirectory'] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

function backups() {
  return backupFolder({
    settingsFile: path.join(app.getPath('userData'), backupSettingsFileName),
    defaultFolder: path.join(app.getPath('documents'), 'Complaints Desk backups'),
    readText: (filePath) => fs.readFile(filePath, 'utf8'),
    writeText: async (filePath, text) => {
      await fs.writeFile(`${filePath}.tmp`, text);
      await fs.rename(`${filePath}.tmp`, filePath);
    },
    makeFolder: async (folder) => void (await fs.mkdir(folder, { recursive: true })),
    create: async (filePath) => {
      const handle = await fs.open(filePath, 'wx');
      return { write: (bytes) => handle.write(bytes), sync: () => handle.sync(), close: () => handle.close() };
    },
    list: (folder) => fs.readdir(folder),
    rename: (from, to) => fs.rename(from, to),
    remove: (filePath) => fs.rm(filePath, { force: true }),
    askForFolder: askForBackupFolder,
    now: () => new Date(),
    log: console,
  });
}

// Emails opened with the app: from the command line at start, from a second launch, or macOS's open-file event.
const openedFiles = new OpenedFiles({
  stat: (file) => fs.stat(file),
  readFile: (file) => fs.readFile(file),
  notify: () => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(mainEvents.fileOpened);
  },
  log: console,
});

/** A reminder as a system notification; clicking it brings the window forward on the case. */
function showReminder(request: NotificationRequest): void {
  if (!Notification.isSupported()) return;
  const shown = new Notification({ title: request.title, body: request.body });
  shown.on('click', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    mainWindow.webContents.send(mainEvents.notificationClicked, request.caseId);
  });
  shown.show();
}

function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), windowStateFileName);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
  const { placement, isMaximised } = placeWindow(readWindowState(stateFile, console.warn), workAreas);

  const window = new BrowserWindow(mainWindowOptions({ preloadPath, devTools: !app.isPackaged, placement }));
  window.once('ready-to-show', () => {
    if (isMaximised) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      writeWindowState(stateFile, { ...window.getNormalBounds(), isMaximised: window.isMaximized() });
    } catch (error) {
      console.warn('Could not remember the window position', error);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void window.loadURL(devUrl ?? appEntryUrl);
  return window;
}

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const externalUrl = 'externalURL' in details ? details.externalURL : undefined;
    callback(isPermissionGranted({ permission, requestingUrl: details.requestingUrl, externalUrl }, origins));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted({ permission, requestingUrl: requestingOrigin }, origins),
  );
  protocol.handle(appScheme, createAppProtocolHandler({ root: rendererDir, readFile: (filePath) => fs.readFile(filePath) }));

  const saveStreams = new SaveStreams({
    askWhereToSave,
    create: (filePath) => fs.open(filePath, 'wx'),
    rename: (from, to) => fs.rename(from, to),
    remove: (filePath) => fs.rm(filePath, { force: true }),
  });
  // A save left open by a closed window or a quit must not leave its temporary file behind.
  app.on('before-quit', () => void saveStreams.abortAll());

  registerIpcHandlers(ipcMain, {
    isTrustedSender: (frame) => isTrustedSender(frame, origins),
    log: console,
    handlers: {
      saveFile: (request) =>
        saveFile(request, {
          askWhereToSave,
          writeFile: (filePath, bytes) => fs.writeFile(filePath, bytes, { flag: 'wx' }),
          rename: (from, to) => fs.rename(from, to),
          remove: (filePath) => fs.rm(filePath, { force: true }),
        }),
      beginSaveStream: (request) => saveStreams.begin(request),
      appendSaveStream: (request) => saveStreams.append(request),
      finishSaveStream: (request) => saveStreams.finish(request),
      abortSaveStream: (request) => saveStreams.abort(request),
      getAppInfo: () => appInfo({ getVersion: appVersion, platform: process.platform }),
      openExternal: (request) => openExternal(request, { openInSystem }),
      backups: backups(),
      showNotification: showReminder,
      takeOpenedFiles: () => openedFiles.take(),
      getDeskBackupKey: deskBackupKey({
        keyFile: path.join(app.getPath('userData'), 'desk-backup-key.bin'),
        keyStore: safeStorage,
        readFile: (filePath) => fs.readFile(filePath),
        writeFile: async (filePath, bytes) => {
          await fs.writeFile(`${filePath}.tmp`, bytes, { mode: 0o600 });
          await fs.rename(`${filePath}.tmp`, filePath);
        },
        randomBytes,
        log: console,
      }),
      signInLockout: signInLockout({
        file: path.join(app.getPath('userData'), lockoutFileName),
        readText: (filePath) => fs.readFile(filePath, 'utf8'),
        writeText: async (filePath, text) => {
          await fs.writeFile(`${filePath}.tmp`, text);
          await fs.rename(`${filePath}.tmp`, filePath);
        },
        now: () => new Date(),
        log: console,
      }),
    },
  });
  app.on(
    'before-quit',
    quitBackupListener({
      ask: () => {
        if (!mainWindow || mainWindow.isDestroyed()) return false;
        mainWindow.webContents.send(quitBackupChannels.request);
        return true;
      },
      whenDone: () => new Promise((resolve) => ipcMain.once(quitBackupChannels.done, () => resolve())),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      quit: () => app.quit(),
      log: console,
    }),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        appName,
        isDevelopment: !app.isPackaged,
        showAbout,
        openExternal: (url) => void openInSystem(url),
      }),
    ),
  );

  mainWindow = createMainWindow();
}

function failToStart(error: unknown): void {
  console.error(error);
  dialog.showErrorBox(`${appName} could not start`, error instanceof Error ? error.message : String(error));
  app.exit(1);
}

// A second copy would open the same case store from two windows; the first copy comes forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Files named at start wait until the window asks for them; macOS's open-file may come before ready, so this is
  // registered at once.
  listenForOpenedFiles(app, openedFiles, { argv: process.argv.slice(1), cwd: process.cwd() }, () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { origins, openExternal: (url) => void openInSystem(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) mainWindow = createMainWindow();
  });
  app.whenReady().then(start).catch(failToStart);
}
