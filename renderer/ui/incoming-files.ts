// Files handed to the New complaint screen from elsewhere: dropped on the app window or opened with the desktop app.
type Listener = () => void;

let waiting: File[] = [];
const listeners = new Set<Listener>();

/** Keeps the files for the New complaint screen and tells it (if open) to take them. */
export function handOverFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  waiting = [...waiting, ...files];
  for (const listener of listeners) listener();
}

/** The files handed over since the last call (each is taken once). */
export function takeHandedOverFiles(): File[] {
  const taken = waiting;
  waiting = [];
  return taken;
}

export function onFilesHandedOver(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
