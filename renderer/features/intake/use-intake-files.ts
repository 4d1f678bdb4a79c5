// The files dropped on the New complaint form: stored with the draft at once, so a reload keeps them too.
import { useCallback, useState } from 'react';
import type { AttachmentSource } from '../../../shared/model';
import { attachmentProblem } from '../../store/attachments';
import { db } from '../../store/desk';
import { addDraftFile, removeDraftFile, type DraftFile, type DraftKey } from '../../store/drafts';

/** A file to keep with the draft: who supplied it, and for an email file its Message-ID. */
export interface FileToKeep {
  blob: Blob;
  name: string;
  source: AttachmentSource;
  emailMessageId?: string;
}

export function useIntakeFiles(key: DraftKey, initial: readonly DraftFile[]) {
  const [files, setFiles] = useState<DraftFile[]>([...initial]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const keep = useCallback(
    async (chosen: readonly FileToKeep[]) => {
      setBusy(true);
      const problems: string[] = [];
      for (const file of chosen) {
        const refused = attachmentProblem(file.blob, file.name);
        if (refused) {
          problems.push(refused);
          continue;
        }
        try {
          const kept = await addDraftFile(db, key, file, new Date().toISOString());
          setFiles((current) => [...current, kept]);
        } catch (e) {
          problems.push(`"${file.name}" was not kept: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      setProblem(problems.length > 0 ? problems.join(' ') : null);
      setBusy(false);
    },
    [key],
  );

  const add = useCallback((chosen: File[], source: AttachmentSource) => keep(chosen.map((file) => ({ blob: file, name: file.name, source }))), [keep]);

  const remove = useCallback(
    async (id: string) => {
      await removeDraftFile(db, key, id);
      setFiles((current) => current.filter((f) => f.id !== id));
    },
    [key],
  );

  return { files, busy, problem, add, keep, remove, clear: () => setFiles([]) };
}
