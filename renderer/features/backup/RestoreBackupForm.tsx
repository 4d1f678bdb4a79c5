// "Restore from a backup": choose the file, see what it holds, confirm; the desk reopens on the restored data.
import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import type { BackupHeader } from '../../../shared/backup/backup-header';
import { db } from '../../store/desk';
import { host } from '../../host/host';
import type { KeptSinceBackup } from '../../store/backup/keep-since-restore';
import { inspectBackup, restoreBackup } from '../../store/backup/restore-backup';
import { restoreChain } from '../../store/backup/restore-chain';
import { shownProgress, type ShownProgress } from './backup-progress';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { leaveRestoredNote } from '../../session/restored-note';

/** The file chosen, or for an automatic backup chain every segment chosen (header: the last one's). */
type Chosen = { file: File; files: File[]; header: BackupHeader };

/** The desktop app's desk backup key; undefined in the browser or when this computer has none (the restore then says so). */
async function deskKey(): Promise<string | undefined> {
  const key = await host.backups?.getDeskBackupKey().catch(() => null);
  return key?.available ? key.key : undefined;
}

/** What the restore did not take from the backup, in words: staff see that nothing changed silently. */
function keptWords(kept: KeptSinceBackup): string {
  const said: string[] = [];
  if (kept.accountsKept > 0) said.push(`${kept.accountsKept} staff account(s) differ in the backup: they are kept as they are now (roles and who may sign in).`);
  if (kept.accountsDeactivated > 0) said.push(`${kept.accountsDeactivated} account(s) found only in the backup were restored deactivated.`);
  if (kept.casesKeptAnonymised > 0) said.push(`${kept.casesKeptAnonymised} case(s) anonymised since the backup was made stay anonymised.`);
  return said.length > 0 ? `${said.join(' ')} ` : '';
}

/** How long the "restored" message shows before the desk reopens on the restored database. */
const REOPEN_AFTER_MS = 1500;

export function RestoreBackupForm() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ShownProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = async (files: File[]) => {
    setNote(null);
    setProblem(null);
    if (files.length === 0) return;
    const reads = await Promise.all(files.map((file) => inspectBackup(file)));
    const refused = reads.find((read) => !read.ok);
    if (refused && !refused.ok) return setNote({ ok: false, text: refused.message });
    // Segments of a chain: the confirmation shows the last, which says what the whole chain restores.
    const last = reads.reduce((a, b) => (a.ok && b.ok && (b.header.chain?.index ?? 0) > (a.header.chain?.index ?? 0) ? b : a));
    const file = files[reads.indexOf(last)] ?? files[0];
    if (!last.ok || !file) return;
    setChosen({ file, files, header: last.header });
  };

  const restore = async (typed: string | undefined) => {
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    try {
      const passphrase = chosen.header.encryption?.keySource === 'desk-key' ? await deskKey() : typed;
      const deps = { pointer: window.localStorage, now: new Date().toISOString(), current: db, onProgress: (p: Parameters<typeof shownProgress>[0]) => setProgress(shownProgress(p)) };
      const outcome = chosen.header.chain ? await restoreChain(chosen.files, passphrase, deps) : await restoreBackup(chosen.file, passphrase, deps);
      if (!outcome.ok) {
        if (outcome.kind === 'wrong-passphrase' || outcome.kind === 'needs-passphrase') return setProblem(outcome.message);
        setChosen(null);
        return setNote({ ok: false, text: outcome.message });
      }
      const { contents, createdAt } = outcome.header;
      // The sign-in screen after the reload says which backup this was, when it was made and what it holds.
      leaveRestoredNote(window.sessionStorage, { fileName: chosen.file.name, madeAt: createdAt, cases: contents.cases, customers: contents.customers, files: contents.attachments, kept: keptWords(outcome.kept) });
      setChosen(null);
      setNote({ ok: true, text: `The backup of ${contents.cases.toLocaleString('en-GB')} cases was restored. ${keptWords(outcome.kept)}The desk reopens now; sign in again.` });
      window.setTimeout(() => window.location.reload(), REOPEN_AFTER_MS);
    } catch (error) {
      setChosen(null);
      setNote({ ok: false, text: `The backup could not be restored (${error instanceof Error ? error.message : String(error)}). Nothing was changed: the desk is as it was.` });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 520 }} aria-labelledby="restore-heading" component="section">
      <Typography id="restore-heading" variant="subtitle1" component="h3">
        Restore from a backup
      </Typography>
      <Typography variant="body2">
        Choose a backup file (.cdbackup); for an automatic backup, choose every file of its chain (the files named “chain-” with the same eight characters). You will see what it holds and be
        asked to confirm before anything changes.
      </Typography>
      <Stack direction="row">
        <Button variant="outlined" component="label">
          Choose a backup file…
          <input
            hidden
            type="file"
            multiple
            accept=".cdbackup,application/octet-stream"
            aria-label="Backup file to restore"
            onChange={(e) => {
              void choose([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </Button>
      </Stack>
      {note && (
        <Alert severity={note.ok ? 'success' : 'error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </Alert>
      )}
      {chosen && (
        <RestoreConfirmDialog fileName={chosen.file.name} header={chosen.header} busy={busy} progress={progress} problem={problem} onConfirm={(p) => void restore(p)} onCancel={() => setChosen(null)} />
      )}
    </Stack>
  );
}
