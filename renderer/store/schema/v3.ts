// Schema version 3: drafts of forms staff are typing (the New complaint form), per signed-in user, and their files.
import type { AttachmentSource } from '../../../shared/model';

export const storesV3: Record<string, string> = {
  drafts: '[userId+form]',
  draftFiles: 'id, [userId+form]',
};

/** What a form held when it was last saved as a draft; `values` is checked against the form's schema on load. */
export interface DraftRecord {
  userId: string;
  /** Which form, e.g. 'new-complaint'. */
  form: string;
  values: unknown;
  savedAt: string;
}

/** A file dropped on a form before it was saved: kept with the draft so it comes back too. */
export interface DraftFileRecord {
  id: string;
  userId: string;
  form: string;
  name: string;
  source: AttachmentSource;
  blob: Blob;
  addedAt: string;
  /** Not indexed: set when the file is the email a complaint came in (added after version 3, no upgrade needed). */
  emailMessageId?: string;
}
