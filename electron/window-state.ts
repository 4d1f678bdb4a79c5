// Remembers where the window was and whether it was maximised, in a small JSON file under userData.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { minimumWindowSize, type WindowPlacement } from './security';

export const windowStateFileName = 'window-state.json';

export const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  isMaximised: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1366, height: 860 } as const;

/**
 * The saved state, or undefined when there is none or it cannot be trusted (half-written, hand-edited, from an
 * older version): the window then simply opens centred at the default size. Never throws.
 */
export function readWindowState(filePath: string, warn: (message: string) => void = () => {}): WindowState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`Could not read ${filePath}: ${String(error)}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    warn(`Ignoring ${filePath}: it is not valid JSON`);
    return undefined;
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) {
    warn(`Ignoring ${filePath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    return undefined;
  }
  return parsed.data;
}

/** Written to a temporary file then renamed, so a crash mid-write leaves the previous state, not a torn file. */
export function writeWindowState(filePath: string, state: WindowState): void {
  const valid = windowStateSchema.parse(roundState(state));
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
  fs.renameSync(temporary, filePath);
}

function roundState(state: WindowState): WindowState {
  return {
    x: Math.round(state.x),
    y: Math.round(state.y),
    width: Math.round(state.width),
    height: Math.round(state.height),
    isMaximised: state.isMaximised,
  };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Enough of the window to grab its title bar and drag it back. */
const minimumVisible = { width: 120, height: 60 };

/**
 * Where to open the window given the saved state and the displays' work areas (the first is the primary). A
 * window that would be off every screen (a monitor unplugged since, a resolution change) is centred on the
 * primary display instead; a size larger than its display is shrunk to fit.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): { placement: WindowPlacement; isMaximised: boolean } {
  const primary = workAreas[0];
  const fitTo = (area: Rectangle | undefined, width: number, height: number) => ({
    width: Math.max(minimumWindowSize.width, area ? Math.min(width, area.width) : width),
    height: Math.max(minimumWindowSize.height, area ? Math.min(height, area.height) : height),
  });
  if (!saved) {
    return { placement: fitTo(primary, defaultWindowSize.width, defaultWindowSize.height), isMaximised: false };
  }
  const visibleOn = workAreas.find((area) => {
    const seen = overlap(saved, area);
    return seen.width >= minimumVisible.width && seen.height >= minimumVisible.height;
  });
  if (!visibleOn) {
    return { placement: fitTo(primary, saved.width, saved.height), isMaximised: saved.isMaximised };
  }
  return { placement: { x: saved.x, y: saved.y, ...fitTo(visibleOn, saved.width, saved.height) }, isMaximised: saved.isMaximised };
}
