// Joining an office server from Settings: test the address, sign in with an account on the server, then record
// the server (store/sync/joined.ts) so the desk starts syncing when it reloads.
import { serverOrigin, writeJoinedServer } from '../../store/sync/joined';

export type JoinStep = { ok: true; message: string } | { ok: false; message: string };

const BAD_ADDRESS = 'Enter the office server’s address, e.g. https://complaints.example.co.uk';

/** Reaches the server's health check, which needs no sign-in. */
export async function testConnection(address: string): Promise<JoinStep> {
  const origin = serverOrigin(address);
  if (!origin) return { ok: false, message: BAD_ADDRESS };
  const { SyncClient } = await import('../../store/sync/client');
  try {
    const answer = await new SyncClient(origin).health();
    return answer.ok ? { ok: true, message: `The office server at ${origin} answered.` } : { ok: false, message: `The office server at ${origin} is not ready.` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Signs in to the server with the account given; on success the desk is joined. */
export async function joinServer(address: string, userName: string, password: string, now: string): Promise<JoinStep> {
  const origin = serverOrigin(address);
  if (!origin) return { ok: false, message: BAD_ADDRESS };
  const { SyncClient } = await import('../../store/sync/client');
  try {
    await new SyncClient(origin).signIn(userName, password);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  writeJoinedServer({ address: origin, joinedAt: now, uploaded: false });
  return { ok: true, message: `This desk is joined to ${origin}. It restarts now to begin sharing cases; then sign in with your account on the office server.` };
}
