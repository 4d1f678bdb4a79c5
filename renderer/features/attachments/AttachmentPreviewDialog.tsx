// Shows an image or PDF attached to the case, from an object URL, with "Save a copy" (the desktop app has no PDF viewer).
import { useId } from 'react';
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { Attachment } from '../../../shared/model';
import type { Viewer } from '../../../shared/policy';
import { host } from '../../host/host';
import type { PreviewKind } from '../../ui/attachment-files';
import { useObjectUrl } from './use-object-url';

export interface AttachmentPreviewDialogProps {
  caseId: string;
  attachment: Attachment;
  kind: PreviewKind;
  viewer: Viewer;
  onSave(): void;
  onClose(): void;
}

export function AttachmentPreviewDialog({ caseId, attachment, kind, viewer, onSave, onClose }: AttachmentPreviewDialogProps) {
  const titleId = useId();
  // Electron's PDF viewer plugin is off: offer the copy rather than an empty frame.
  const pdfInApp = kind === 'pdf' && host.kind === 'browser';
  const preview = useObjectUrl(caseId, attachment, viewer, kind === 'pdf' ? 'application/pdf' : attachment.mimeType);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId}>Preview: {attachment.name}</DialogTitle>
      <DialogContent dividers>
        {preview.status === 'loading' && <CircularProgress aria-label="Loading the file" />}
        {preview.status === 'failed' && <Alert severity="error">{preview.message}</Alert>}
        {preview.status === 'ready' && kind === 'image' && (
          <Box component="img" src={preview.url} alt={attachment.description ?? `The attached image ${attachment.name}`} sx={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', mx: 'auto' }} />
        )}
        {preview.status === 'ready' && kind === 'pdf' && pdfInApp && (
          <Box component="iframe" src={preview.url} title={`The attached PDF ${attachment.name}`} sx={{ width: '100%', height: '70vh', border: 0 }} />
        )}
        {kind === 'pdf' && (
          <Alert severity="info" sx={{ mt: pdfInApp ? 1 : 0 }}>
            {pdfInApp ? 'If the PDF does not show here, save a copy and open it with your PDF reader.' : 'PDFs open in your PDF reader: save a copy, then open it.'}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onSave}>Save a copy</Button>
        <Button onClick={onClose} variant="contained" autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
