// The application menu as plain data (File, Edit, View, Window, Help), with en-GB labels.
import type { MenuItemConstructorOptions } from 'electron';

export const energyOmbudsmanUrl = 'https://www.energyombudsman.org/';

export interface MenuOptions {
  platform: string;
  appName: string;
  /** Reload and the developer tools appear only in an unpackaged (development) app. */
  isDevelopment: boolean;
  showAbout(): void;
  openExternal(url: string): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => options.showAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: 'Services' },
      separator,
      { role: 'hide', label: `Hide ${options.appName}` },
      { role: 'hideOthers', label: 'Hide Others' },
      { role: 'unhide', label: 'Show All' },
      separator,
      { role: 'quit', label: `Quit ${options.appName}` },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac
      ? [{ role: 'close', label: 'Close Window' }]
      : [{ role: 'quit', label: options.platform === 'win32' ? 'Exit' : 'Quit' }],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo', label: 'Undo' },
      { role: 'redo', label: 'Redo' },
      separator,
      { role: 'cut', label: 'Cut' },
      { role: 'copy', label: 'Copy' },
      { role: 'paste', label: 'Paste' },
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text' },
      { role: 'delete', label: 'Delete' },
      separator,
      { role: 'selectAll', label: 'Select All' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isDevelopment
        ? ([
            { role: 'reload', label: 'Reload' },
            { role: 'forceReload', label: 'Force Reload' },
            { role: 'toggleDevTools', label: 'Toggle Developer Tools' },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: 'Actual Size' },
      { role: 'zoomIn', label: 'Zoom In' },
      { role: 'zoomOut', label: 'Zoom Out' },
      separator,
      { role: 'togglefullscreen', label: 'Toggle Full Screen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [
      { role: 'minimize', label: 'Minimise' },
      ...(isMac
        ? ([{ role: 'zoom', label: 'Zoom' }, separator, { role: 'front', label: 'Bring All to Front' }] satisfies MenuItemConstructorOptions[])
        : ([{ role: 'close', label: 'Close' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      { label: 'Energy Ombudsman Website', click: () => options.openExternal(energyOmbudsmanUrl) },
      ...(isMac ? [] : [separator, about]),
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
