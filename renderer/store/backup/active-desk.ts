// Which IndexedDB database is the desk: a restore fills a new one and then points at it, so the switch is one write.
//
// Why not clear the desk and import into it: a 100,000-case desk takes minutes to import, and a crash, a closed
// window or a full disk part-way would leave it half-restored. Importing into a fresh database and checking it
// there leaves the desk untouched until the pointer (one localStorage entry, read synchronously at start-up) moves.
// The desk as it was before the last restore is kept until the next restore, so a restore can be undone by hand,
// and a pointer that the browser had not yet written to disk when it crashed still names a database that exists.
import { DEFAULT_DATABASE_NAME } from '../db';

export const DESK_POINTER_KEY = 'complaints-desk.active-database';
const RESTORED_PREFIX = `${DEFAULT_DATABASE_NAME}-restored-`;

export interface DeskPointer {
  active: string;
  previous?: string;
}

/** Where the pointer is kept: window.localStorage in the app, a Map in tests. */
export interface PointerStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readDeskPointer(store: PointerStore | undefined): DeskPointer {
  const text = store?.getItem(DESK_POINTER_KEY);
  if (!text) return { active: DEFAULT_DATABASE_NAME };
  try {
    const parsed = JSON.parse(text) as Partial<DeskPointer>;
    const valid = (name: unknown): name is string => name === DEFAULT_DATABASE_NAME || (typeof name === 'string' && name.startsWith(RESTORED_PREFIX));
    if (!valid(parsed.active)) return { active: DEFAULT_DATABASE_NAME };
    return valid(parsed.previous) ? { active: parsed.active, previous: parsed.previous } : { active: parsed.active };
  } catch {
    return { active: DEFAULT_DATABASE_NAME };
  }
}

/** The name of the database the desk opens. */
export function activeDeskName(store: PointerStore | undefined): string {
  return readDeskPointer(store).active;
}

/** A new, unused name to restore into. */
export function restoreTargetName(now: string): string {
  return `${RESTORED_PREFIX}${now.replace(/[^0-9]/g, '').slice(0, 14)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Points the desk at `name`, keeping the one it replaces as the previous desk. */
export function pointDeskAt(store: PointerStore, name: string): DeskPointer {
  const current = readDeskPointer(store);
  const next: DeskPointer = { active: name, previous: current.active };
  store.setItem(DESK_POINTER_KEY, JSON.stringify(next));
  return next;
}

/**
 * Undoes the last restore: the desk as it was before becomes the desk again, and the restored one is kept as the
 * previous desk, so the same step switches back. Null when there is no earlier desk, or its database is gone.
 */
export function switchToPreviousDesk(store: PointerStore, existing: readonly string[]): DeskPointer | null {
  const { active, previous } = readDeskPointer(store);
  if (!previous || !existing.includes(previous)) return null;
  const next: DeskPointer = { active: previous, previous: active };
  store.setItem(DESK_POINTER_KEY, JSON.stringify(next));
  return next;
}

/** Databases that are neither the desk nor the one before it: leftovers of failed restores and older desks. */
export function staleDeskNames(allNames: readonly string[], pointer: DeskPointer, keep: readonly string[] = []): string[] {
  return allNames.filter(
    (name) => (name === DEFAULT_DATABASE_NAME || name.startsWith(RESTORED_PREFIX)) && name !== pointer.active && name !== pointer.previous && !keep.includes(name),
  );
}
