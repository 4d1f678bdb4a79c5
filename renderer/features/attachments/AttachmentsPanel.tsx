// The case's files: name, size, who supplied and added them, when; preview images and PDFs, save a copy, add more.
import { useId, useState } from 'react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Actor, Attachment, AttachmentSource, ComplaintCase } from '../../../shared/model';
import type { AllowedAction } from '../../../shared/policy';
import { host } from '../../host/host';
import { addAttachment } from '../../store/attachments';
import { db } from '../../store/desk';
import { formatDateTime } from '../../ui/en-gb-format';
import { saveCopy } from '../../store/attachment-copies';
import { formatFileSize, previewKind, sourceLabels } from '../../ui/attachment-files';
import { AttachmentDropZone } from '../../ui/AttachmentDropZone';
import { AttachmentPreviewDialog } from './AttachmentPreviewDialog';

export interface AttachmentsPanelProps {
  caseRecord: ComplaintCase;
  actor: Actor;
  /** The policy's verdict on attaching a file (attachDocument) for this person now. */
  attach: AllowedAction | undefined;
  nameOf(userId: string): string;
  announce(message: string): void;
}

export function AttachmentsPanel({ caseRecord, actor, attach, nameOf, announce }: AttachmentsPanelProps) {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const caseId = caseRecord.id;

  const add = async (files: File[], source: AttachmentSource) => {
    setBusy(true);
    setProblems([]);
    const refused: string[] = [];
    // One at a time: each file is its own action, so each goes against the version the last one made.
    let version = caseRecord.version;
    for (const file of files) {
      try {
        const result = await addAttachment(db, { caseId, expectedVersion: version, file, name: file.name, source }, actor, new Date().toISOString());
        if (result.ok) {
          version = result.case.version;
          announce(`File attached: ${file.name}`);
        } else refused.push(`${file.name}: ${result.missing.join(' ')}`);
      } catch (error) {
        refused.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setProblems(refused);
    setBusy(false);
  };
  const save = (a: Attachment) => void saveCopy(db, host, caseId, a, actor).then(announce);

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Files
      </Typography>
      {attach?.allowed ? (
        <AttachmentDropZone busy={busy} onFiles={(files, source) => void add(files, source)} />
      ) : (
        attach && <Alert severity="info">Files cannot be added now: {attach.missing.join(' ')}</Alert>
      )}
      {problems.length > 0 && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }} onClose={() => setProblems([])}>
          {problems.join(' ')}
        </Alert>
      )}
      {caseRecord.attachments.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          No files attached yet.
        </Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId} sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              {['Name', 'Size', 'Supplied by', 'Added by', 'Added', 'File actions'].map((h) => (
                <TableCell key={h} component="th" scope="col">
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {caseRecord.attachments.map((a) => {
              const kind = previewKind(a.mimeType, a.name);
              return (
                <TableRow key={a.id}>
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                    {a.name}
                  </TableCell>
                  <TableCell>{formatFileSize(a.sizeBytes)}</TableCell>
                  <TableCell>{sourceLabels[a.source]}</TableCell>
                  <TableCell>{nameOf(a.addedById)}</TableCell>
                  <TableCell>{formatDateTime(a.addedAt)}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      {kind && (
                        <Button size="small" onClick={() => setPreviewing(a)} aria-label={`Preview ${a.name}`}>
                          Preview
                        </Button>
                      )}
                      <Button size="small" onClick={() => save(a)} aria-label={`Save a copy of ${a.name}`}>
                        Save a copy
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {previewing && (
        <AttachmentPreviewDialog
          caseId={caseId}
          attachment={previewing}
          kind={previewKind(previewing.mimeType, previewing.name) ?? 'image'}
          viewer={actor}
          onSave={() => save(previewing)}
          onClose={() => setPreviewing(null)}
        />
      )}
    </Paper>
  );
}
