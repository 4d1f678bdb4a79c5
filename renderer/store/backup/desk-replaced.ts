// Another window restored a backup: the desk pointer (localStorage) now names another database. This window must
// stop writing to the old one and reload, or its changes would go to a desk nobody opens any more.
import { DESK_POINTER_KEY, readDeskPointer } from './active-desk';

type StorageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Calls `onReplaced` when another window points the desk away from `current`; returns the way to stop listening. */
export function onDeskReplaced(events: StorageEvents, current: string, onReplaced: (active: string) => void): () => void {
  const listener = (event: StorageEvent) => {
    // key null: the whole of localStorage was cleared, which points the desk back at the default database.
    if (event.key !== null && event.key !== DESK_POINTER_KEY) return;
    const active = readDeskPointer({ getItem: () => event.newValue, setItem: () => undefined }).active;
    if (active !== current) onReplaced(active);
  };
  events.addEventListener('storage', listener);
  return () => events.removeEventListener('storage', listener);
}
