// Window position: remembered in a real temp folder, survives a corrupt file, and never opens off screen.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultWindowSize,
  placeWindow,
  readWindowState,
  windowStateFileName,
  writeWindowState,
  type Rectangle,
  type WindowState,
} from '../../../electron/window-state';

let folder: string;
let file: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-window-'));
  file = path.join(folder, windowStateFileName);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnTheRight: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved: WindowState = { x: 100, y: 80, width: 1280, height: 800, isMaximised: false };

describe('readWindowState and writeWindowState', () => {
  it('round-trips the state through a JSON file', () => {
    writeWindowState(file, { ...saved, isMaximised: true });
    expect(readWindowState(file)).toEqual({ ...saved, isMaximised: true });
  });

  it('creates the folder if userData does not exist yet and leaves no temporary file', async () => {
    const nested = path.join(folder, 'Complaints Desk', windowStateFileName);
    writeWindowState(nested, saved);
    expect(await readdir(path.dirname(nested))).toEqual([windowStateFileName]);
  });

  it('rounds fractional bounds from high-DPI screens', () => {
    writeWindowState(file, { x: 10.4, y: 20.6, width: 1000.5, height: 700.2, isMaximised: false });
    expect(readWindowState(file)).toEqual({ x: 10, y: 21, width: 1001, height: 700, isMaximised: false });
  });

  it('reads nothing, quietly, on first run', () => {
    const warn = vi.fn();
    expect(readWindowState(file, warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a half-written file', '{"x": 100, "y": 8'],
    ['an empty file', ''],
    ['binary rubbish', '\u0000\u0001\u0002'],
    ['JSON of the wrong shape', '{"bounds": [1, 2, 3]}'],
    ['a negative size', JSON.stringify({ ...saved, width: -5 })],
    ['text where a number belongs', JSON.stringify({ ...saved, x: '100' })],
    ['a null', 'null'],
  ])('survives %s: no state, a warning, and the window opens at the default size', async (_what, contents) => {
    await writeFile(file, contents);
    const warn = vi.fn();
    const state = readWindowState(file, warn);
    expect(state).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(placeWindow(state, [laptop]).placement).toEqual(defaultWindowSize);
  });

  it('replaces a corrupt file with a good one on the next save', async () => {
    await writeFile(file, '{not json');
    writeWindowState(file, saved);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved);
  });
});

describe('placeWindow', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ placement: defaultWindowSize, isMaximised: false });
  });

  it('puts the window back where it was', () => {
    expect(placeWindow(saved, [laptop])).toEqual({ placement: { x: 100, y: 80, width: 1280, height: 800 }, isMaximised: false });
  });

  it('keeps a window on a second monitor that is still there', () => {
    const onSecond = { ...saved, x: 2200, y: 100, isMaximised: true };
    expect(placeWindow(onSecond, [laptop, monitorOnTheRight])).toEqual({
      placement: { x: 2200, y: 100, width: 1280, height: 800 },
      isMaximised: true,
    });
  });

  it('centres on the primary display a window left on a monitor that has been unplugged', () => {
    const onSecond = { ...saved, x: 2200, y: 100 };
    expect(placeWindow(onSecond, [laptop])).toEqual({ placement: { width: 1280, height: 800 }, isMaximised: false });
  });

  it.each([
    ['far to the left', { x: -5000, y: 100 }],
    ['above the top', { x: 100, y: -3000 }],
    ['with only a sliver showing', { x: 1920 - 40, y: 100 }],
  ])('centres a window %s', (_where, position) => {
    expect(placeWindow({ ...saved, ...position }, [laptop]).placement).toEqual({ width: 1280, height: 800 });
  });

  it('shrinks a window larger than its display, but not below the minimum size', () => {
    expect(placeWindow({ ...saved, width: 4000, height: 3000 }, [laptop]).placement).toEqual({ x: 100, y: 80, width: 1920, height: 1040 });
    expect(placeWindow({ ...saved, width: 300, height: 200 }, [laptop]).placement).toEqual({ x: 100, y: 80, width: 960, height: 600 });
  });
});
