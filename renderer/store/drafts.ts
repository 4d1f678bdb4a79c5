// Drafts: what a member of staff has typed into a form but not saved, kept per user so it survives a crash or reload.
import type { z } from 'zod';
import type { AttachmentSource } from '../../shared/model';
import type { ComplaintsDatabase } from './db';
import { readyToSeal } from './sealed/blob-bytes';
import { guardWrite } from './errors';
import type { DraftFileRecord } from './schema/v3';

export interface DraftKey {
  userId: string;
  form: string;
}

export interface DraftFile {
  id: string;
  name: string;
  source: AttachmentSource;
  blob: Blob;
  /** The file is the email the complaint came in (see store/intake.ts). */
  emailMessageId?: string;
}

export type LoadedDraft<T> =
  | { status: 'none' }
  /** values is null when only files were kept (dropped before anything was typed). */
  | { status: 'found'; values: T | null; files: DraftFile[]; savedAt: string }
  /** A draft is stored but no longer fits the form (an older release wrote it, or it was damaged): what is wrong. */
  | { status: 'unreadable'; problem: string; savedAt: string };

function draftFile(f: DraftFileRecord): DraftFile {
  return { id: f.id, name: f.name, source: f.source, blob: f.blob, ...(f.emailMessageId ? { emailMessageId: f.emailMessageId } : {}) };
}

const asKey = (key: DraftKey): [string, string] => [key.userId, key.form];

/** Saves what the form holds now, replacing the previous draft of the same form by the same person. */
export async function saveDraft(db: ComplaintsDatabase, key: DraftKey, values: unknown, now: string): Promise<void> {
  await guardWrite(() => db.drafts.put({ userId: key.userId, form: key.form, values, savedAt: now }));
}

/** Adds a file to the draft (files are written once, not with every keystroke). */
export async function addDraftFile(db: ComplaintsDatabase, key: DraftKey, file: Omit<DraftFile, 'id'>, now: string): Promise<DraftFile> {
  // Read now: the middleware seals the file's bytes under the typist's personal key inside the write.
  const record: DraftFileRecord = { id: crypto.randomUUID(), ...key, ...file, blob: await readyToSeal(file.blob), addedAt: now };
  await guardWrite(() => db.draftFiles.add(record));
  return draftFile(record);
}

export async function removeDraftFile(db: ComplaintsDatabase, key: DraftKey, id: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.draftFiles, async () => {
      const stored = await db.draftFiles.get(id);
      if (stored && stored.userId === key.userId && stored.form === key.form) await db.draftFiles.delete(id);
    }),
  );
}

/** The person's draft of this form, checked against the form's schema; files in the order they were added. */
export async function loadDraft<T>(db: ComplaintsDatabase, key: DraftKey, schema: z.ZodType<T>): Promise<LoadedDraft<T>> {
  return db.transaction('r', db.drafts, db.draftFiles, async (): Promise<LoadedDraft<T>> => {
    const [stored, files] = await Promise.all([db.drafts.get(asKey(key)), db.draftFiles.where('[userId+form]').equals(asKey(key)).toArray()]);
    const kept = files
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt))
      .map(draftFile);
    if (!stored) return kept.length > 0 ? { status: 'found', values: null, files: kept, savedAt: files[0]?.addedAt ?? '' } : { status: 'none' };
    const parsed = schema.safeParse(stored.values);
    if (!parsed.success) {
      const where = (path: PropertyKey[]) => (path.length > 0 ? `${path.map(String).join('.')}: ` : '');
      return { status: 'unreadable', savedAt: stored.savedAt, problem: [...new Set(parsed.error.issues.map((i) => `${where(i.path)}${i.message}`))].join('; ') };
    }
    return { status: 'found', values: parsed.data, files: kept, savedAt: stored.savedAt };
  });
}

/**
 * Removes the draft and its files. Inside a caller's rw transaction over drafts and draftFiles (saving the
 * complaint) it joins that transaction, so the draft goes only if the save commits.
 */
export async function discardDraft(db: ComplaintsDatabase, key: DraftKey): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.drafts, db.draftFiles, async () => {
      await db.drafts.delete(asKey(key));
      await db.draftFiles.where('[userId+form]').equals(asKey(key)).delete();
    }),
  );
}
