// At a complaints manager's sign-in on a joined desk: uploads the desk's own cases still waiting, with progress in
// the app bar, and records the desk as uploaded once every one has landed.
import type { User } from '../../../../shared/model';
import type { ComplaintsDatabase } from '../../db';
import type { SyncClient } from '../client';
import { readJoinedServer, writeJoinedServer } from '../joined';
import { setSyncStatus } from '../status';
import { readDeskAccounts } from './match-accounts';
import { pendingUploads, uploadDesk } from './upload-desk';

export async function uploadWaitingDeskCases(db: ComplaintsDatabase, client: SyncClient, user: User): Promise<void> {
  const joined = readJoinedServer();
  if (!joined || joined.uploaded || user.role !== 'complaints-manager' || !client.signedIn) return;
  const accounts = await readDeskAccounts(db);
  if (!accounts || (await pendingUploads(db)).size === 0) return;
  try {
    const outcome = await uploadDesk(db, client, accounts, () => new Date().toISOString(), (p) =>
      setSyncStatus({ message: `Uploading this desk’s own cases to the office server: ${p.done} of ${p.total}` }),
    );
    const left = (await pendingUploads(db)).size;
    if (left === 0) {
      writeJoinedServer({ ...joined, uploaded: true });
      setSyncStatus({ message: `This desk’s ${outcome.done} own cases are on the office server` });
    } else {
      const refused = outcome.refused.map((r) => `${r.reference}: ${r.reasons.join('; ')}`).join(' · ');
      const unread = outcome.unread > 0 ? ` ${outcome.unread} that name you wait for another complaints manager.` : '';
      setSyncStatus({ message: `${left} of this desk’s own cases are not on the office server yet.${unread}${refused ? ` Refused: ${refused}` : ''}` });
    }
  } catch (error) {
    setSyncStatus({ message: `The upload of this desk’s cases stopped and resumes at the next sign-in: ${error instanceof Error ? error.message : String(error)}` });
  }
}
