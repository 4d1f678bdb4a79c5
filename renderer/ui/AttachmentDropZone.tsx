// Where files are added: drop them here or choose them with the button; who supplied them is asked first.
import { useState, type DragEvent } from 'react';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import UploadFile from '@mui/icons-material/UploadFile';
import { attachmentSources, type AttachmentSource } from '../../shared/model';
import { sourceLabels } from './attachment-files';

export interface AttachmentDropZoneProps {
  busy: boolean;
  onFiles(files: File[], source: AttachmentSource): void;
}

export function AttachmentDropZone({ busy, onFiles }: AttachmentDropZoneProps) {
  const [source, setSource] = useState<AttachmentSource>('customer');
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files], source);
  };
  const onDrop = (e: DragEvent) => {
    // Files dropped here are kept as they are: the screen around (New complaint, the app window) must not read them.
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    if (!busy) take(e.dataTransfer.files);
  };
  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{ border: 2, borderStyle: 'dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 1, p: 2, bgcolor: over ? 'action.hover' : undefined }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }}>
        <TextField select label="Supplied by" value={source} onChange={(e) => setSource(e.target.value as AttachmentSource)} sx={{ maxWidth: 220 }}>
          {attachmentSources.map((s) => (
            <MenuItem key={s} value={s}>
              {sourceLabels[s]}
            </MenuItem>
          ))}
        </TextField>
        <Button component="label" variant="outlined" startIcon={<UploadFile aria-hidden />} disabled={busy}>
          {busy ? 'Adding…' : 'Add a file'}
          <input type="file" multiple hidden onChange={(e) => { take(e.target.files); e.target.value = ''; }} />
        </Button>
        <Typography variant="body2" color="text.secondary">
          or drop files here (up to 25 MB each)
        </Typography>
      </Stack>
    </Box>
  );
}
