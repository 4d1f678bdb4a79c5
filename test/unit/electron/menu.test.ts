// The application menu: File, Edit, View, Window, Help in en-GB, with developer items only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, energyOmbudsmanUrl, type MenuOptions } from '../../../electron/menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { platform: 'win32', appName: 'Complaints Desk', isDevelopment: false, showAbout: vi.fn(), openExternal: vi.fn(), ...overrides };
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? `(${item.role})`);
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as MenuItemConstructorOptions[];
}

describe('applicationMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(labels(applicationMenuTemplate(options()))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(applicationMenuTemplate(options({ platform: 'linux' })))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts the app menu first on macOS', () => {
    expect(labels(applicationMenuTemplate(options({ platform: 'darwin' })))).toEqual([
      'Complaints Desk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('uses British spelling and each platform’s word for leaving', () => {
    expect(labels(submenu(applicationMenuTemplate(options()), 'Window'))).toEqual(['Minimise', 'Close']);
    expect(labels(submenu(applicationMenuTemplate(options()), 'File'))).toEqual(['Exit']);
    expect(labels(submenu(applicationMenuTemplate(options({ platform: 'linux' })), 'File'))).toEqual(['Quit']);
    expect(labels(submenu(applicationMenuTemplate(options({ platform: 'darwin' })), 'File'))).toEqual(['Close Window']);
  });

  it('gives every item a label, so screen readers and the tests can name it', () => {
    const all = applicationMenuTemplate(options({ platform: 'darwin', isDevelopment: true })).flatMap((menu) => [
      menu,
      ...((menu.submenu as MenuItemConstructorOptions[]) ?? []),
    ]);
    expect(all.filter((item) => item.type !== 'separator' && !item.label)).toEqual([]);
  });

  it('offers reload and the developer tools only in development', () => {
    expect(labels(submenu(applicationMenuTemplate(options()), 'View'))).toEqual([
      'Actual Size',
      'Zoom In',
      'Zoom Out',
      'Toggle Full Screen',
    ]);
    expect(labels(submenu(applicationMenuTemplate(options({ isDevelopment: true })), 'View'))).toEqual([
      'Reload',
      'Force Reload',
      'Toggle Developer Tools',
      'Actual Size',
      'Zoom In',
      'Zoom Out',
      'Toggle Full Screen',
    ]);
  });

  it('opens the Energy Ombudsman’s website and the About box from Help', () => {
    const menuOptions = options();
    const help = submenu(applicationMenuTemplate(menuOptions), 'Help');
    expect(labels(help)).toEqual(['Energy Ombudsman Website', 'About Complaints Desk']);
    for (const item of help) item.click?.(undefined as never, undefined, undefined as never);
    expect(menuOptions.openExternal).toHaveBeenCalledWith(energyOmbudsmanUrl);
    expect(menuOptions.showAbout).toHaveBeenCalledOnce();
  });
});
