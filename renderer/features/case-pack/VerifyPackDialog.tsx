// "Verify a case pack": choose a ZIP file; every checksum and case.json's schema are checked, each file reported.
import { useId, useState, type ChangeEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import type { VerifyPackResult } from '../../../shared/case-pack/verify-case-pack';
import { checkPackFile } from './pack-check';
import { PackCheckReport } from './PackCheckReport';

export function VerifyPackDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const [checking, setChecking] = useState<{ name: string; read: number; size: number } | null>(null);
  const [report, setReport] = useState<{ fileName: string; result: VerifyPackResult } | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setReport(null);
    setChecking({ name: file.name, read: 0, size: file.size });
    try {
      const result = await checkPackFile(file, (read) => setChecking({ name: file.name, read, size: file.size }));
      setReport({ fileName: file.name, result });
    } catch (error) {
      setReport({ fileName: file.name, result: { ok: false, problems: [`${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`] } });
    } finally {
      setChecking(null);
    }
  };

  const percent = checking && checking.size > 0 ? Math.round((checking.read / checking.size) * 100) : 0;
  return (
    <Dialog open onClose={checking ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>Verify a case pack</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>
            Checks that every file is present and unchanged (by its SHA-256 in the manifest), that nothing was added, and that case.json is a valid case record. Nothing is changed.
          </DialogContentText>
          <Button variant="outlined" component="label" disabled={checking !== null} sx={{ alignSelf: 'flex-start' }}>
            Choose a case pack file
            <input type="file" hidden accept=".zip,application/zip" aria-label="Case pack file to verify" onChange={(e) => void choose(e)} />
          </Button>
          {checking && (
            <div>
              <LinearProgress variant="determinate" value={percent} aria-label="Checking the case pack" />
              <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 0.5 }}>
                Checking {checking.name}: {percent}%
              </Typography>
            </div>
          )}
          {report && <PackCheckReport fileName={report.fileName} result={report.result} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={checking !== null}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
