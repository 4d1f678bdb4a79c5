// Confirming an anonymisation: it cannot be undone, so the manager types the case reference before it runs.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { db } from '../../store/desk';
import { anonymiseStoredCase, type RetentionRow } from '../../store/retention';
import { BusyButton } from '../../ui/BusyButton';
import { formatDate } from '../../ui/en-gb-format';
import { useSession } from '../../session/session';

export function AnonymiseDialog({ row, onClose, onDone }: { row: RetentionRow; onClose(): void; onDone(text: string): void }) {
  const { actor } = useSession();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirmed = typed.trim().toUpperCase() === row.reference;

  const anonymise = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await anonymiseStoredCase(db, row.caseId, row.version, actor, new Date().toISOString());
      if (!result.ok) setProblem(result.missing.join(' '));
      else onDone(`${row.reference} was anonymised: names, contacts and identifying text are gone; its statistics and timeline remain.`);
    } catch (error) {
      setProblem(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="anonymise-title" aria-describedby="anonymise-warning">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmed) void anonymise();
        }}
      >
        <DialogTitle id="anonymise-title">Anonymise {row.reference}?</DialogTitle>
        <DialogContent>
          <DialogContentText id="anonymise-warning" sx={{ mb: 2 }}>
            This cannot be undone. {row.customerName}’s name and contact details, the case’s free text and its files are replaced or removed for
            good, here and in the case’s timeline. The case ended on {formatDate(row.endedOn)}; its category, dates, outcome and remedies are kept for
            reports.
          </DialogContentText>
          <TextField
            label="Type the case reference to confirm"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            helperText={`Type ${row.reference}`}
            fullWidth
            autoFocus
            autoComplete="off"
          />
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} color="error" label="Anonymise for good" busyLabel="Anonymising…" disabled={!confirmed} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
