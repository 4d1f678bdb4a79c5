// The New complaint screen as a drop target: an email or a scanned letter dropped anywhere on it (except on
// Supporting documents, which keeps files as they are) fills the form.
import { useState, type DragEvent, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

export function IncomingFileDrop({ onFiles, children }: { onFiles(files: File[]): void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    <Box
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        if (e.defaultPrevented || e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        e.stopPropagation();
        onFiles([...e.dataTransfer.files]);
      }}
      sx={{ outline: over ? 2 : 0, outlineStyle: 'dashed', outlineColor: 'primary.main', outlineOffset: 4, borderRadius: 1 }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Drop an email (.eml or Outlook .msg) or a scanned letter (PDF or picture) anywhere here to fill in the form.
      </Typography>
      {children}
    </Box>
  );
}
