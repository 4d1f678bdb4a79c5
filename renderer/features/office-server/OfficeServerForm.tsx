// Settings → Office server: the address, a test of the connection, and signing in with an account on the server.
import { useState } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { db } from '../../store/desk';
import { deskAccounts, saveDeskAccounts, type AccountMatchRow } from '../../store/sync/desk-upload/match-accounts';
import { readJoinedServer } from '../../store/sync/joined';
import { formatDateTime } from '../../ui/en-gb-format';
import { AccountMatchDialog } from './AccountMatchDialog';
import { deskCaseCount, readAccountMatch, type AccountMatchStep } from './desk-accounts';
import { joinServer, testConnection, type JoinStep } from './join';

export function OfficeServerForm() {
  const joined = readJoinedServer();
  const [address, setAddress] = useState(joined?.address ?? '');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<JoinStep | null>(null);
  const [matching, setMatching] = useState<Extract<AccountMatchStep, { ok: true }> | null>(null);

  if (joined) {
    return (
      <Alert severity="info" role="note">
        This desk is joined to the office server at {joined.address} (since {formatDateTime(joined.joinedAt)}): cases are shared with the team.
      </Alert>
    );
  }

  const run = async (work: () => Promise<JoinStep>) => {
    setBusy(true);
    setStep(null);
    const result = await work();
    setStep(result);
    setBusy(false);
    if (result.ok && readJoinedServer()) setTimeout(() => window.location.reload(), 1_500);
  };

  const join = () => joinServer(address, userName, password, new Date().toISOString());

  /** A desk with cases of its own matches its accounts first; one without joins at once. */
  const connect = async (): Promise<JoinStep> => {
    if ((await deskCaseCount()) === 0) return join();
    const found = await readAccountMatch(address, userName, password);
    if (!found.ok) return found;
    setMatching(found);
    return { ok: true, message: 'Signed in to the office server: match this desk’s accounts to finish joining.' };
  };

  const confirm = async (rows: AccountMatchRow[]): Promise<JoinStep> => {
    const { markDeskCasesForUpload } = await import('../../store/sync/desk-upload/upload-desk');
    await saveDeskAccounts(db, deskAccounts(rows));
    await markDeskCasesForUpload(db);
    const joinedNow = await join();
    setMatching(null);
    return joinedNow;
  };

  return (
    <form
      noValidate
      aria-label="Connect to the office server"
      onSubmit={(event) => {
        event.preventDefault();
        void run(connect);
      }}
    >
      <Stack spacing={2} sx={{ maxWidth: 520 }}>
        <Alert severity="info" role="note">
          Connect this desk to the office server to share cases with the team. Without one the desk works on its own, as now.
        </Alert>
        <TextField label="Office server address" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://complaints.example.co.uk" required />
        <Button variant="outlined" disabled={busy} onClick={() => void run(() => testConnection(address))} sx={{ alignSelf: 'flex-start' }}>
          Test the connection
        </Button>
        <TextField label="Your user name on the office server" value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="username" required />
        <TextField label="Your password on the office server" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        {step && (
          <Alert severity={step.ok ? 'success' : 'error'} role={step.ok ? 'status' : 'alert'}>
            {step.message}
          </Alert>
        )}
        <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
          Connect to the office server
        </Button>
      </Stack>
      {matching && (
        <AccountMatchDialog
          rows={matching.rows}
          server={matching.server}
          cases={matching.cases}
          busy={busy}
          onCancel={() => setMatching(null)}
          onConfirm={(rows) => void run(() => confirm(rows))}
        />
      )}
    </form>
  );
}
