// What a restore did, carried across the reload that reopens the desk, so the sign-in screen can say it: which
// backup, when it was made, what it holds. Kept in the window's sessionStorage (this window only), read once.
import { z } from 'zod';
import { formatDateTime } from '../ui/en-gb-format';

const RESTORED_NOTE_KEY = 'complaints-desk.restored-note';

const restoredNote = z.object({
  fileName: z.string().max(300),
  madeAt: z.iso.datetime({ offset: true }),
  cases: z.number().int().min(0),
  customers: z.number().int().min(0),
  files: z.number().int().min(0),
  /** What the restore kept as it was now rather than as in the backup, in words ('' when nothing). */
  kept: z.string().max(1000),
});
export type RestoredNote = z.infer<typeof restoredNote>;

/** Where the note is kept: window.sessionStorage in the app, a Map-backed stand-in in tests. */
export interface NoteStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function leaveRestoredNote(store: NoteStore, note: RestoredNote): void {
  store.setItem(RESTORED_NOTE_KEY, JSON.stringify(note));
}

/** The note a restore left before reloading, removed as it is read; null when there is none or it is not ours. */
export function takeRestoredNote(store: NoteStore | undefined): RestoredNote | null {
  const text = store?.getItem(RESTORED_NOTE_KEY);
  if (!text) return null;
  store?.removeItem(RESTORED_NOTE_KEY);
  try {
    const parsed = restoredNote.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const counted = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "The desk was restored from desk.cdbackup, the backup made on 23/11/2026 10:00: it holds 1 case, …" */
export function restoredWords(note: RestoredNote): string {
  const holds = `${counted(note.cases, 'case', 'cases')}, ${counted(note.customers, 'customer', 'customers')} and ${counted(note.files, 'file', 'files')}`;
  return `The desk was restored from ${note.fileName}, the backup made on ${formatDateTime(note.madeAt)}: it now holds ${holds}. ${note.kept}Sign in to carry on.`;
}
