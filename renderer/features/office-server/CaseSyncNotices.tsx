// On a joined desk's case page: the user's changes the office server has not taken yet, and any the policy
// refused once re-run on the team's newer case, in the policy's words, with what they entered kept to copy.
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { db } from '../../store/desk';
import { dismissRefusal, openRecord, refusedChanges } from '../../store/sync/outbox';
import type { OutboxRecord } from '../../store/schema/v13';
import { formatDateTime } from '../../ui/en-gb-format';

/** What the person entered, line by line ("sentAt: …"), from the change the desk kept (opened with their key if sealed). */
function entered(record: OutboxRecord, userId: string): string[] {
  const change = openRecord(record, db.keyring.personalKeyOf(userId))?.change;
  if (!change || change.body.type !== 'action') return [];
  return Object.entries(change.body.action)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

export default function CaseSyncNotices({ caseId, userId }: { caseId: string; userId: string }) {
  const waiting = useLiveQuery(() => db.outbox.where('caseId').equals(caseId).filter((r) => !r.refusal).count(), [caseId]) ?? 0;
  const refused = useLiveQuery(() => refusedChanges(db, caseId, userId), [caseId, userId]) ?? [];
  return (
    <Stack spacing={1}>
      {waiting > 0 && (
        <Alert severity="info" role="status">
          {waiting === 1 ? '1 change to this case is' : `${waiting} changes to this case are`} waiting to reach the office server: the timeline shows {waiting === 1 ? 'it' : 'them'} once the server has {waiting === 1 ? 'it' : 'them'}.
        </Alert>
      )}
      {refused.map((r) => (
        <Alert key={r.changeId} severity="warning" role="alert" action={<Button color="inherit" onClick={() => void dismissRefusal(db, r.changeId)}>Dismiss</Button>}>
          <AlertTitle>Your change of {formatDateTime(r.madeAt)} was not saved: the case had changed on another desk</AlertTitle>
          {(r.refusal ?? []).map((reason) => (
            <Typography key={reason} variant="body2">
              {reason}
            </Typography>
          ))}
          {entered(r, userId).length > 0 && (
            <Box component="details" sx={{ mt: 1 }}>
              <summary>What you entered (kept until you dismiss this)</summary>
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {entered(r, userId).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </Box>
            </Box>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
