// An object URL for a case file's bytes while a preview is open; revoked when it closes.
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/model';
import type { Viewer } from '../../../shared/policy';
import { db } from '../../store/desk';
import { readFile } from '../../store/attachment-copies';

export type Preview = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

/** `asType` forces the blob's type (a PDF is only ever shown as a PDF, whatever it claims to be). */
export function useObjectUrl(caseId: string, attachment: Attachment, viewer: Viewer, asType: string): Preview {
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void readFile(db, caseId, attachment, viewer).then((read) => {
      if (cancelled) return;
      if (!read.ok) {
        setPreview({ status: 'failed', message: read.message });
        return;
      }
      url = URL.createObjectURL(new Blob([read.blob], { type: asType }));
      setPreview({ status: 'ready', url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [caseId, attachment, viewer, asType]);
  return preview;
}
