// Files dropped on the form before it is saved: kept with the draft, attached when the complaint is recorded.
import { Alert, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import Delete from '@mui/icons-material/Delete';
import type { AttachmentSource } from '../../../shared/model';
import type { DraftFile } from '../../store/drafts';
import { AttachmentDropZone } from '../../ui/AttachmentDropZone';
import { formatFileSize, sourceLabels } from '../../ui/attachment-files';

export interface IntakeFilesFieldProps {
  files: readonly DraftFile[];
  busy: boolean;
  /** Why files cannot be added now (a confidential complaint recorded by an agent), or null. */
  blocked: string | null;
  onAdd(files: File[], source: AttachmentSource): void;
  onRemove(id: string): void;
}

export function IntakeFilesField({ files, busy, blocked, onAdd, onRemove }: IntakeFilesFieldProps) {
  return (
    <Stack spacing={1} component="section" aria-labelledby="intake-files-heading">
      <Typography id="intake-files-heading" variant="h6" component="h2">
        Supporting documents
      </Typography>
      {blocked ? <Alert severity="info">{blocked}</Alert> : <AttachmentDropZone busy={busy} onFiles={onAdd} />}
      {files.length > 0 && (
        <List dense aria-label="Files to attach">
          {files.map((f) => (
            <ListItem
              key={f.id}
              secondaryAction={
                <IconButton edge="end" aria-label={`Remove ${f.name}`} onClick={() => onRemove(f.id)}>
                  <Delete />
                </IconButton>
              }
            >
              <ListItemText primary={f.name} secondary={`${formatFileSize(f.blob.size)} · supplied by ${sourceLabels[f.source].toLowerCase()}`} />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
