// Roles and access (complaints managers): confirm or refuse a new complaints manager, give access to complaints
// about staff again after a password reset, and read the duty log. Administrators ask; complaints managers decide.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Stack, Typography } from '@mui/material';
import type { User } from '../../../shared/model';
import { db } from '../../store/desk';
import { readDutyLog } from '../../store/duties/duty-log';
import { confirmManagerRole, refuseManagerRole, regrantAccess } from '../../store/duties/roles';
import { listUsers } from '../../store/users';
import { accountsWithKeyWaiting } from '../../store/sync/pending-key';
import { useSession } from '../../session/session';
import { AwaitingAccessSection } from './AwaitingAccessSection';
import { DutyLogSection } from './DutyLogSection';
import { RoleRequestsSection } from './RoleRequestsSection';

type Notice = { severity: 'success' | 'error'; text: string };

export function RolesAndAccessScreen() {
  const { actor } = useSession();
  const users = useLiveQuery(() => listUsers(db), []) ?? [];
  // The duty log and the key records, read once for both sections that need them.
  const duties = useLiveQuery(async () => ({ ...(await readDutyLog(db)), keys: await db.userKeys.toArray(), keysWaiting: await accountsWithKeyWaiting(db) }), []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = async (work: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ severity: 'error', text: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const confirm = (user: User) =>
    run(async () => {
      const result = await confirmManagerRole(db, actor, user.id, new Date().toISOString());
      return result.ok
        ? { severity: 'success', text: `${user.name} is now a complaints manager and can read complaints about staff.` }
        : { severity: 'error', text: result.missing.join('; ') };
    });
  const refuse = (user: User) =>
    run(async () => {
      const result = await refuseManagerRole(db, actor, user.id, new Date().toISOString());
      return result.ok ? { severity: 'success', text: `${user.name} keeps their role: the request is refused.` } : { severity: 'error', text: result.missing.join('; ') };
    });
  const grant = (user: User) =>
    run(async () => {
      const result = await regrantAccess(db, actor, user.id, new Date().toISOString());
      if (!result.ok) return { severity: 'error', text: result.missing.join('; ') };
      const cases = `${result.cases} complaint${result.cases === 1 ? '' : 's'} about staff`;
      return { severity: 'success', text: `${user.name} can read ${cases} again.` };
    });

  return (
    <Stack component="section" aria-labelledby="roles-and-access-heading" spacing={3}>
      <Typography id="roles-and-access-heading" variant="h5" component="h1">
        Roles and access
      </Typography>
      {notice && (
        <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'} onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      <RoleRequestsSection users={users} viewerId={actor.userId} busy={busy} onConfirm={(u) => void confirm(u)} onRefuse={(u) => void refuse(u)} />
      {duties && (
        <>
          <AwaitingAccessSection users={users} keys={duties.keys} keysWaiting={duties.keysWaiting} log={duties.entries} viewerId={actor.userId} busy={busy} onGrant={(u) => void grant(u)} />
          <DutyLogSection users={users} entries={duties.entries} check={duties.check} />
        </>
      )}
    </Stack>
  );
}
